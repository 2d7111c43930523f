// "Find copies" against a mocked backend: progress in words with the time
// left, a stop button, results in plain words, unreadable files by kind.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Channel } from "@tauri-apps/api/core";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import CopiesScreen from "./CopiesScreen.svelte";
import { locale } from "../lib/i18n";
import type { CopiesProgress } from "../bindings/CopiesProgress";

let channel: Channel<CopiesProgress> | null = null;
let finish: ((value: unknown) => void) | null = null;
let cancelled = 0;

const result = (isCancelled: boolean) => ({
  folder: "/home/me/leak",
  at: "2026-11-23T18:00:00Z",
  originals_used: 2,
  looked_at: isCancelled ? 120 : 30000,
  total: 30000,
  copies: [
    {
      file_name: "IMG_99.jpg",
      folder: "/home/me/leak/album",
      sha256: "c".repeat(64),
      original: "Image 1",
      original_id: 1,
      distance: 4,
      transform: "mirrored",
    },
  ],
  unreadable_count: 1,
  unreadable: [
    { file_name: "bad.jpg", folder: "/home/me/leak", error: { kind: "corrupt", message: "x" } },
  ],
  cancelled: isCancelled,
});

beforeEach(() => {
  locale.set("en");
  channel = null;
  finish = null;
  cancelled = 0;
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    if (cmd === "last_copies_search") return null;
    if (cmd === "pick_paths") return { token: "t-folder", names: ["leak"] };
    if (cmd === "find_copies") {
      channel = a.onProgress as Channel<CopiesProgress>;
      return new Promise((resolve) => (finish = resolve));
    }
    if (cmd === "cancel_find_copies") {
      cancelled += 1;
      return null;
    }
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  clearMocks();
  cleanup();
});

async function startSearch() {
  render(CopiesScreen);
  await fireEvent.click(screen.getByRole("button", { name: "Choose a folder" }));
  await waitFor(() => expect(channel).not.toBeNull());
  channel!.onmessage({ done: 1000, total: 30000, files_per_second: 100, elapsed_ms: 10000, copies: 1 });
  await waitFor(() =>
    expect(document.getElementById("copies-progress-text")?.textContent).toMatch(
      /1,?000 of 30,?000 files/,
    ),
  );
}

describe("find copies", () => {
  test("progress shows files done, rate, time left and copies so far", async () => {
    await startSearch();
    const text = document.getElementById("copies-progress-text")!.textContent!;
    expect(text).toContain("100 files a second");
    expect(text).toContain("about 5 minutes left");
    expect(text).toContain("1 copy found so far");
    const bar = document.querySelector("progress") as HTMLProgressElement;
    expect(bar.value).toBe(1000);
  });

  test("results are in plain words, never images, with unreadable files listed by kind", async () => {
    await startSearch();
    finish!(result(false));
    await waitFor(() => expect(document.getElementById("copies-result")).toBeTruthy());
    expect(screen.getByText("1 copy found")).toBeTruthy();
    const list = document.getElementById("copies-list")!.textContent!;
    expect(list).toContain("IMG_99.jpg");
    expect(list).toContain("in /home/me/leak/album");
    expect(list).toContain("a copy of Image 1");
    expect(list).toContain("almost the same picture");
    expect(list).toContain("mirrored");
    expect(document.getElementById("copies-looked")!.textContent).toMatch(/30,?000 files looked at\./);
    const unreadable = document.getElementById("copies-unreadable")!.textContent!;
    expect(unreadable).toContain("1 file could not be read");
    expect(unreadable).toMatch(/bad\.jpg.*damaged/);
    expect(document.querySelector("img")).toBeNull();
  });

  test("a copy found inside a larger picture (no PDQ distance) says so", async () => {
    await startSearch();
    const r = result(false);
    const copy = { ...r.copies[0], file_name: "story.jpg", distance: null, transform: "original" };
    finish!({ ...r, copies: [copy] });
    await waitFor(() => expect(document.getElementById("copies-result")).toBeTruthy());
    const list = document.getElementById("copies-list")!.textContent!;
    expect(list).toContain("story.jpg");
    expect(list).toContain("inside a larger picture, or cut, turned or with text over it");
    expect(list).not.toContain("almost the same picture");
  });

  test("the stop button asks the app to stop and the result says it was stopped", async () => {
    await startSearch();
    await fireEvent.click(screen.getByRole("button", { name: "Stop searching" }));
    expect(cancelled).toBe(1);
    await waitFor(() => screen.getByRole("button", { name: "Stopping…" }));
    finish!(result(true));
    await waitFor(() => expect(document.getElementById("copies-cancelled")).toBeTruthy());
    expect(document.getElementById("copies-progress")).toBeNull();
  });
});
