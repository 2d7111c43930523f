// "Your file" against a mocked backend: it says plainly that the folder is
// not encrypted, leaves the person's images out unless she chooses, shows
// where the file was written and that it was checked; the hand-over keeps
// what was typed when something is wrong.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import FileScreen from "./FileScreen.svelte";
import { locale } from "../lib/i18n";

const manifestHash = "f".repeat(64);
let exportArgs: unknown[] = [];
let handoverArgs: unknown[] = [];
let verified = true;

beforeEach(() => {
  locale.set("en");
  exportArgs = [];
  handoverArgs = [];
  verified = true;
  mockIPC((cmd, args) => {
    if (cmd === "export_case_file") {
      exportArgs.push(args);
      return {
        summary: {
          dir: "/media/usb/reclaim-file-ABCD",
          files: 6,
          pdf_pages: 3,
          pdf_bytes: 40000,
          manifest_sha256: manifestHash,
          custody_problems: [],
          changed_evidence: [],
          images_without_bytes: [],
          export_entry: null,
        },
        verification: verified
          ? {
              ok: true,
              problems: [],
              files_checked: 6,
              timestamp: null,
              proof: "consistent_only",
              statement: "Nur in sich stimmig (kein Zeitstempel).",
              records: [],
            }
          : {
              ok: false,
              problems: [{ file: "evidence/001-shot.png", kind: "hash_mismatch", message: "x" }],
              files_checked: 6,
              timestamp: null,
              proof: "not_proven",
              statement: "Nichts ist bewiesen: 1 Problem.",
              records: [],
            },
      };
    }
    if (cmd === "handover_case") {
      handoverArgs.push(args);
      return {
        path: "/media/usb/reclaim-handover-ABCD.age",
        report: { code: "ABCD", evidence_files: 1, bytes: 2_500_000 },
      };
    }
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  clearMocks();
  cleanup();
});

describe("file screen", () => {
  test("says plainly that the exported folder is not encrypted", () => {
    render(FileScreen);
    expect(document.getElementById("file-unencrypted-warning")!.textContent).toMatch(
      /is not encrypted/,
    );
  });

  test("explains what the file holds, for whom, in French", () => {
    locale.set("fr");
    render(FileScreen);
    expect(screen.getByText(/Institut pour l'égalité des femmes et des hommes/)).toBeTruthy();
    expect(document.getElementById("file-contents")!.children.length).toBe(4);
  });

  test("the person's images are left out unless she ticks the box, with a warning", async () => {
    render(FileScreen);
    const box = screen.getByRole("checkbox") as HTMLInputElement;
    expect(box.checked).toBe(false);
    await fireEvent.click(box);
    expect(screen.getByText(/copied into the folder, not encrypted/)).toBeTruthy();
    await fireEvent.click(box);
    await fireEvent.click(screen.getByRole("button", { name: "Choose a folder and make the file" }));
    await waitFor(() => expect(exportArgs).toEqual([{ includeIntimateImages: false }]));
  });

  test("shows where the file was written, how many files, the manifest hash and that it was verified", async () => {
    render(FileScreen);
    await fireEvent.click(screen.getByRole("button", { name: "Choose a folder and make the file" }));
    await waitFor(() => screen.getByText("Your file is ready"));
    expect(document.getElementById("file-dir")!.textContent).toBe("/media/usb/reclaim-file-ABCD");
    expect(screen.getByText("6 files in it.")).toBeTruthy();
    expect(document.getElementById("file-manifest-hash")!.textContent).toBe(manifestHash);
    expect(document.getElementById("file-verified")!.textContent).toMatch(
      /all 6 files match their fingerprints/,
    );
    // What the check proves, as the core said it in the case's language.
    expect(document.getElementById("file-proof")!.textContent).toBe(
      "Nur in sich stimmig (kein Zeitstempel).",
    );
  });

  test("a failed verification names the file concerned", async () => {
    verified = false;
    render(FileScreen);
    await fireEvent.click(screen.getByRole("button", { name: "Choose a folder and make the file" }));
    await waitFor(() => document.getElementById("file-not-verified"));
    expect(screen.getByText("evidence/001-shot.png")).toBeTruthy();
    expect(document.getElementById("file-verified")).toBeNull();
  });

  test("the hand-over needs the same passphrase twice, and keeps what was typed", async () => {
    render(FileScreen);
    const pass = document.getElementById("handover-passphrase") as HTMLInputElement;
    const again = document.getElementById("handover-passphrase-confirm") as HTMLInputElement;
    await fireEvent.input(pass, { target: { value: "a long passphrase" } });
    await fireEvent.input(again, { target: { value: "a long passphrasE" } });
    await fireEvent.click(
      screen.getByRole("button", { name: "Choose a folder and write the hand-over file" }),
    );
    expect(screen.getByRole("alert").textContent).toMatch(/not the same/);
    expect(pass.value).toBe("a long passphrase");
    expect(handoverArgs).toEqual([]);

    await fireEvent.input(again, { target: { value: "a long passphrase" } });
    await fireEvent.click(
      screen.getByRole("button", { name: "Choose a folder and write the hand-over file" }),
    );
    await waitFor(() => screen.getByText("The hand-over file is written"));
    expect(handoverArgs).toEqual([{ passphrase: "a long passphrase" }]);
    expect(document.getElementById("handover-path")!.textContent).toBe(
      "/media/usb/reclaim-handover-ABCD.age",
    );
    expect(screen.getByText(/one evidence file \(2.5 MB\)/)).toBeTruthy();
  });
});
