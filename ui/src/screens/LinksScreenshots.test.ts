// Screenshots kept for a saved link, against a mocked backend (no Tauri
// runtime under Vitest; the image address is built as on Linux). The image
// is never on the page until the person asks; then a warning, then blurred.

import { clearMocks, mockConvertFileSrc, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import LinksScreen from "./LinksScreen.svelte";
import { locale } from "../lib/i18n";

const link = {
  id: 7,
  original: "https://x.com/a/status/1",
  normalised: "https://x.com/a/status/1",
  platform: "x",
  kind: "post",
  found_at: null,
  how_found: null,
  notes: null,
  added_at: "2026-11-23T18:00:00Z",
  history: [],
};
const shot = {
  id: 3,
  sha256: "abcd1234ef567890".padEnd(64, "0"),
  size: 1234,
  original_name: "shot.png",
  captured_at: "2026-11-23T18:05:00Z",
  captured_at_utc: "2026-11-23T18:05:00Z",
  kind: "screenshot",
  note: null as string | null,
  url_id: 7,
  added_at: "2026-11-23T18:05:00Z",
};
let evidence: (typeof shot)[] = [];
let attachError: unknown = null;
let attached: number[] = [];
let changes: Record<string, unknown>[] = [];

beforeEach(() => {
  locale.set("en");
  evidence = [];
  attachError = null;
  attached = [];
  changes = [];
  mockIPC((cmd, args) => {
    if (cmd === "case_links") return { links: [link], platform_names: { x: "X (Twitter)" } };
    if (cmd === "case_evidence") return evidence;
    if (cmd === "attach_screenshot") {
      if (attachError) throw attachError;
      attached.push((args as { urlId: number }).urlId);
      evidence = [shot];
      return shot;
    }
    if (cmd === "remove_evidence") {
      changes.push({ cmd, ...(args as object) });
      evidence = [];
      return evidence;
    }
    if (cmd === "set_evidence_note") {
      changes.push({ cmd, ...(args as object) });
      evidence = [{ ...shot, note: (args as { note: string | null }).note }];
      return evidence;
    }
    throw new Error(`unexpected ${cmd}`);
  });
  mockConvertFileSrc("linux");
});

afterEach(() => {
  clearMocks();
  cleanup();
});

async function withScreenshot() {
  evidence = [shot];
  render(LinksScreen);
  await waitFor(() => screen.getByText("One screenshot kept"));
}

describe("screenshots on the links screen", () => {
  test("adding a screenshot keeps it for that link and shows only its facts", async () => {
    render(LinksScreen);
    await waitFor(() => screen.getByRole("button", { name: "Add a screenshot" }));
    await fireEvent.click(screen.getByRole("button", { name: "Add a screenshot" }));
    await waitFor(() => screen.getByText("One screenshot kept"));
    expect(attached).toEqual([7]);
    expect(screen.getByText(/SHA-256\) abcd1234ef56…/)).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
  });

  test("the screenshot is never on the page until asked", async () => {
    await withScreenshot();
    expect(document.querySelector("img")).toBeNull();
    expect(screen.queryByText(/This may show the images/)).toBeNull();
  });

  test("asking shows a warning first, then the image blurred, from the evidence scheme", async () => {
    await withScreenshot();
    await fireEvent.click(screen.getByRole("button", { name: "Show screenshot" }));
    expect(screen.getByText("This may show the images. You can close it at any time.")).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();

    await fireEvent.click(screen.getByRole("button", { name: "Show it, blurred" }));
    const img = document.getElementById("screenshot-3-image") as HTMLImageElement;
    expect(img).toBeTruthy();
    expect(img.classList.contains("blurred")).toBe(true);
    expect(img.getAttribute("src")).toMatch(/^reclaim-evidence:\/\/localhost\/3\?v=/);
  });

  test("unblur shows it clearly; hide takes it off the page", async () => {
    await withScreenshot();
    await fireEvent.click(screen.getByRole("button", { name: "Show screenshot" }));
    await fireEvent.click(screen.getByRole("button", { name: "Show it, blurred" }));
    await fireEvent.click(screen.getByRole("button", { name: "Unblur" }));
    const img = document.getElementById("screenshot-3-image") as HTMLImageElement;
    expect(img.classList.contains("blurred")).toBe(false);
    expect(screen.getByRole("button", { name: "Blur again" })).toBeTruthy();

    await fireEvent.click(screen.getByRole("button", { name: "Hide" }));
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByRole("button", { name: "Show screenshot" })).toBeTruthy();
  });

  test("'Not now' on the warning shows nothing", async () => {
    await withScreenshot();
    await fireEvent.click(screen.getByRole("button", { name: "Show screenshot" }));
    await fireEvent.click(screen.getByRole("button", { name: "Not now" }));
    expect(document.querySelector("img")).toBeNull();
  });

  test("a minor's case is told kindly that screenshots are not kept", async () => {
    attachError = { kind: "minor_images_refused", message: "minor" };
    render(LinksScreen);
    await waitFor(() => screen.getByRole("button", { name: "Add a screenshot" }));
    await fireEvent.click(screen.getByRole("button", { name: "Add a screenshot" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/Child Focus/));
    expect(screen.queryByText("One screenshot kept")).toBeNull();
  });

  test("a screenshot is removed only after a question that says its file is deleted and a note stays", async () => {
    await withScreenshot();
    await fireEvent.click(document.querySelector("[data-remove-evidence='3']")!);
    const question = document.getElementById("evidence-3-remove-question")!;
    expect(question.textContent).toMatch(/deleted from this computer/);
    expect(question.textContent).toMatch(/keeps a note that it was there/);
    expect(document.querySelector("img")).toBeNull();
    await fireEvent.click(document.getElementById("evidence-3-remove-cancel")!);
    expect(changes).toEqual([]);
    expect(screen.getByText("One screenshot kept")).toBeTruthy();

    await fireEvent.click(document.querySelector("[data-remove-evidence='3']")!);
    await fireEvent.click(document.getElementById("evidence-3-remove-confirm")!);
    await waitFor(() => expect(screen.queryByText("One screenshot kept")).toBeNull());
    expect(changes).toEqual([{ cmd: "remove_evidence", id: 3, reason: null }]);
  });

  test("the note of a screenshot can be corrected", async () => {
    await withScreenshot();
    await fireEvent.click(document.querySelector("[data-edit-evidence-note='3']")!);
    const input = document.getElementById("evidence-3-note-input") as HTMLInputElement;
    await fireEvent.input(input, { target: { value: "the post of 23 November" } });
    await fireEvent.click(document.getElementById("evidence-3-note-save")!);
    await waitFor(() => expect(document.getElementById("evidence-3-note")?.textContent).toBe("the post of 23 November"));
    expect(changes).toEqual([{ cmd: "set_evidence_note", id: 3, note: "the post of 23 November" }]);
  });
});
