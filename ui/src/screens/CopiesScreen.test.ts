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
// What the core offers for keeping a copy, and the calls to keep one.
let offer: Record<string, unknown>;
let keepCalls: Record<string, unknown>[] = [];
let keepFails: unknown = null;

const reddit = { id: 5, url: "https://www.reddit.com/r/x/comments/abc/post/" };
const platforms = [
  { id: "discord", name: "Discord" },
  { id: "whatsapp", name: "WhatsApp" },
];

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
  offer = { can_keep: true, links: [reddit], platforms, kept: [] };
  keepCalls = [];
  keepFails = null;
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    if (cmd === "last_copies_search") return null;
    if (cmd === "copy_evidence") return offer;
    if (cmd === "keep_copy") {
      keepCalls.push(a);
      if (keepFails) throw keepFails;
      const tie = a.tie as { to: string; url_id?: number; platform?: string };
      offer = {
        ...offer,
        kept: [
          {
            evidence_id: 9,
            sha256: "c".repeat(64),
            file_name: a.fileName,
            url_id: tie.url_id ?? null,
            platform: tie.platform ?? null,
          },
        ],
      };
      return offer;
    }
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

describe("keep a copy found as evidence", () => {
  async function withResult() {
    await startSearch();
    finish!(result(false));
    await waitFor(() => expect(document.querySelector("[data-keep-copy='0']")).toBeTruthy());
  }
  const el = (selector: string) => document.querySelector(selector) as HTMLElement;

  test("tied to one of her links, with a note: only after she chooses the link and confirms", async () => {
    await withResult();
    await fireEvent.click(el("[data-keep-copy='0']"));
    expect(el("[data-keep-copy-form='0']").textContent).toMatch(/encrypted copy of this file/);
    const confirm = el("[data-keep-copy-confirm]") as HTMLButtonElement;
    expect(confirm.disabled, "no link chosen yet").toBe(true);
    await fireEvent.change(el("[data-keep-link]"), { target: { value: "5" } });
    await fireEvent.input(el("[data-keep-note]"), { target: { value: "sent in the class group" } });
    expect(confirm.disabled).toBe(false);
    await fireEvent.click(confirm);
    await waitFor(() => expect(el("[data-kept-copy='0']")).toBeTruthy());
    expect(keepCalls).toEqual([
      {
        folder: "/home/me/leak/album",
        fileName: "IMG_99.jpg",
        tie: { to: "link", url_id: 5 },
        note: "sent in the class group",
      },
    ]);
    expect(el("[data-kept-copy='0']").textContent).toContain(`Kept as evidence, found at ${reddit.url}.`);
    expect(document.querySelector("[data-keep-copy='0']")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
  });

  test("with no link saved, she chooses the site or app (a chat) it came from", async () => {
    offer = { ...offer, links: [] };
    await withResult();
    await fireEvent.click(el("[data-keep-copy='0']"));
    expect((el("[data-keep-from='platform']") as HTMLInputElement).checked).toBe(true);
    const options = [...el("[data-keep-platform]").querySelectorAll("option")].map((o) => o.textContent);
    expect(options).toEqual(["Choose…", "Discord", "WhatsApp"]);
    await fireEvent.change(el("[data-keep-platform]"), { target: { value: "discord" } });
    await fireEvent.click(el("[data-keep-copy-confirm]"));
    await waitFor(() => expect(el("[data-kept-copy='0']")).toBeTruthy());
    expect(keepCalls[0].tie).toEqual({ to: "platform", platform: "discord" });
    expect(keepCalls[0].note).toBeNull();
    expect(el("[data-kept-copy='0']").textContent).toContain("Kept as evidence, found on Discord.");
  });

  test("cancel keeps nothing; a file changed since the search says to search again", async () => {
    await withResult();
    await fireEvent.click(el("[data-keep-copy='0']"));
    await fireEvent.click(el("[data-keep-copy-cancel]"));
    expect(document.querySelector("[data-keep-copy-form='0']")).toBeNull();
    expect(keepCalls).toEqual([]);

    keepFails = { kind: "not_found", message: "the file changed since the search" };
    await fireEvent.click(el("[data-keep-copy='0']"));
    await fireEvent.change(el("[data-keep-link]"), { target: { value: "5" } });
    await fireEvent.click(el("[data-keep-copy-confirm]"));
    await waitFor(() => expect(el("[data-keep-error]").textContent).toMatch(/changed or moved since the search/));
    expect(document.querySelector("[data-kept-copy='0']")).toBeNull();
  });

  test("never offered in a case about images taken before 18, and it says why", async () => {
    offer = { can_keep: false, links: [], platforms: [], kept: [] };
    await startSearch();
    finish!(result(false));
    await waitFor(() => expect(document.getElementById("copies-keep-minor")).toBeTruthy());
    expect(document.getElementById("copies-keep-minor")!.textContent).toMatch(/under 18/);
    expect(document.querySelector("[data-keep-copy]")).toBeNull();
  });
});
