// "Your images" against a mocked backend (no Tauri runtime under Vitest; the
// system file dialog is answered by the mock): fingerprints listed by
// private name, errors per file by kind, the StopNCII number kept.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import ImagesScreen from "./ImagesScreen.svelte";
import { locale } from "../lib/i18n";

const record = (id: number, quality: number) => ({
  id,
  label: `Image ${id}`,
  sha256: "a".repeat(64),
  md5: null,
  pdq: "b".repeat(64),
  pdq_quality: quality,
  phash: null,
  dhash: null,
  width: 10,
  height: 10,
  evidence_id: null,
  added_at: "2026-11-23T18:00:00Z",
});

let kept: string[] = [];
let pins: (string | null)[] = [];
let hashed: unknown[] = [];
let opened = 0;
let fingerprints: ReturnType<typeof record>[] = [];
let removed: Record<string, unknown>[] = [];

beforeEach(() => {
  locale.set("en");
  kept = [];
  pins = [];
  hashed = [];
  fingerprints = [];
  removed = [];
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    if (cmd === "image_fingerprints") return fingerprints;
    if (cmd === "remove_fingerprint") {
      removed.push(a);
      fingerprints = fingerprints.filter((f) => f.id !== a.id);
      return fingerprints;
    }
    if (cmd === "pick_paths") return { token: "t-originals", names: ["a.jpg", "b.jpg", "c.heic"] };
    if (cmd === "hash_images") {
      hashed.push(a);
      return {
        images: [record(1, 90), record(2, 30)],
        added: 2,
        already_kept: 0,
        problems: [
          { file_name: "c.heic", error: { kind: "heic_unsupported", message: "heic" } },
        ],
      };
    }
    if (cmd === "open_hash_service_site") {
      opened += 1;
      return null;
    }
    if (cmd === "hash_service")
      return {
        info: {
          service: "stopncii",
          explanation: "StopNCII.org (for adults) makes a digital fingerprint.",
          case_number_label: "Case number",
        },
        site: "https://stopncii.org",
        cases: kept.map((n, i) => ({ id: i + 1, service: "stopncii", case_number: n })),
      };
    if (cmd === "record_hash_service_case") {
      kept.push((a.caseNumber as string).trim());
      pins.push((a.pin as string | null) ?? null);
      return kept.map((n, i) => ({
        id: i + 1,
        service: "stopncii",
        case_number: n,
        pin: pins[i],
        submitted_at: null,
        note: null,
        added_at: "2026-11-23T18:00:00Z",
      }));
    }
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  clearMocks();
  cleanup();
});

describe("your images", () => {
  test("picked images become fingerprints with private names; a HEIC photo gets its own advice", async () => {
    render(ImagesScreen);
    await fireEvent.click(screen.getByRole("button", { name: "Choose images" }));
    await waitFor(() => expect(document.getElementById("images-kept")).toBeTruthy());
    expect(hashed).toEqual([
      { token: "t-originals", nameWord: "Image" },
    ]);
    const list = document.getElementById("images-kept")!.textContent!;
    expect(list).toContain("Image 1");
    expect(list).toContain("fingerprint made");
    expect(list).not.toContain("a.jpg");
    expect(list).toMatch(/little detail/);
    expect(screen.getByText("2 fingerprints were made.", { exact: false })).toBeTruthy();
    const problems = document.getElementById("images-problems")!.textContent!;
    expect(problems).toContain("c.heic");
    expect(problems).toMatch(/Export it as JPEG/);
    expect(document.querySelector("img")).toBeNull();
  });

  test("StopNCII's PIN is kept with the case number and shown only when asked", async () => {
    render(ImagesScreen);
    await waitFor(() => expect(document.getElementById("service-site")).toBeTruthy());
    await fireEvent.input(screen.getByLabelText("Case number"), { target: { value: "SN-7" } });
    await fireEvent.input(screen.getByLabelText(/PIN \(if StopNCII/), { target: { value: " 4821 " } });
    expect(screen.getByText(/cannot send you the case number or the PIN again/)).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Keep this number" }));
    await waitFor(() => expect(document.getElementById("service-cases")).toBeTruthy());
    expect(pins).toEqual(["4821"]);
    const list = document.getElementById("service-cases")!;
    expect(list.textContent).not.toContain("4821");
    await fireEvent.click(screen.getByRole("button", { name: "Show PIN" }));
    expect(list.textContent).toContain("4821");
  });

  test("StopNCII is explained with its site as text and the case number is kept", async () => {
    render(ImagesScreen);
    await waitFor(() => expect(document.getElementById("service-site")).toBeTruthy());
    expect(document.getElementById("service-site")!.textContent).toBe("https://stopncii.org");
    expect(screen.getByText(/Reclaim does not upload anything/)).toBeTruthy();
    const field = screen.getByLabelText("Case number") as HTMLInputElement;
    await fireEvent.input(field, { target: { value: " SN-42 " } });
    await fireEvent.click(screen.getByRole("button", { name: "Keep this number" }));
    await waitFor(() => expect(document.getElementById("service-cases")).toBeTruthy());
    expect(document.getElementById("service-cases")!.textContent).toContain("SN-42");
    expect(kept).toEqual(["SN-42"]);
  });

  test("their site opens only after the browser-history warning", async () => {
    opened = 0;
    render(ImagesScreen);
    await fireEvent.click(await screen.findByRole("button", { name: "Open their website" }));
    expect(opened).toBe(0);
    expect(screen.getByText(/browser history/)).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Not now" }));
    expect(opened).toBe(0);
    await fireEvent.click(screen.getByRole("button", { name: "Open their website" }));
    await fireEvent.click(screen.getByRole("button", { name: "Open it now" }));
    await waitFor(() => expect(opened).toBe(1));
  });

  test("removing the wrong photo's fingerprint asks first, shows no image, and cancel changes nothing", async () => {
    fingerprints = [record(1, 90), record(2, 90)];
    render(ImagesScreen);
    await waitFor(() => screen.getByText("Image 2"));
    await fireEvent.click(document.querySelector("[data-remove-fingerprint='2']")!);
    const question = document.getElementById("image-2-remove-question")!;
    expect(question.textContent).toMatch(/Take Image 2 out of your case\?/);
    expect(question.textContent).toMatch(/keeps a note that it was there/);
    expect(document.querySelector("#images-kept img")).toBeNull();
    await fireEvent.click(document.getElementById("image-2-remove-cancel")!);
    expect(removed).toEqual([]);
    expect(screen.getByText("Image 2")).toBeTruthy();

    await fireEvent.click(document.querySelector("[data-remove-fingerprint='2']")!);
    await fireEvent.click(document.getElementById("image-2-remove-confirm")!);
    await waitFor(() => expect(screen.queryByText("Image 2")).toBeNull());
    expect(removed).toEqual([{ id: 2, reason: null }]);
    expect(screen.getByText("Image 1")).toBeTruthy();
  });
});
