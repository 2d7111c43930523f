// "Keep a copy of this page as evidence" on a saved link, against a mocked
// backend: a warning about her IP address first, nothing fetched before she
// confirms, then one line (time, answer, fingerprint) and never the page.
// Not offered in a minor's case.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
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
const kept = {
  url_id: 7,
  url: link.original,
  final_url: link.original,
  status: 200,
  server_ip: "203.0.113.9",
  body_sha256: "0123456789abcdef".padEnd(64, "0"),
  body_size: 1000,
  body_kept: true,
  truncated: false,
  captured_at: "2026-11-29T08:00:00Z",
  record_evidence_id: 4,
  record_sha256: "f".repeat(64),
  body_evidence_id: 5,
  custody_seq: 9,
};
let asked: number[] = [];
let captureError: unknown = null;

beforeEach(() => {
  locale.set("en");
  asked = [];
  captureError = null;
  mockIPC((cmd, args) => {
    if (cmd === "case_links") return { links: [link], platform_names: { x: "X (Twitter)" } };
    if (cmd === "case_evidence") return [];
    if (cmd === "page_captures") return [];
    if (cmd === "capture_link") {
      if (captureError) throw captureError;
      asked.push((args as { urlId: number }).urlId);
      return { capture: kept, time_stamp: { tsa: null, gen_time: null, error: { kind: "network", message: "offline" } } };
    }
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  clearMocks();
  cleanup();
});

const keepButton = () => screen.getByRole("button", { name: "Keep a copy of this page as evidence" });

describe("keeping a copy of a page", () => {
  test("she is told the site sees her IP address before anything is asked", async () => {
    render(LinksScreen);
    await waitFor(keepButton);
    await fireEvent.click(keepButton());
    expect(screen.getByText(/will see your computer's internet address/)).toBeTruthy();
    expect(screen.getByText(/no image is loaded/)).toBeTruthy();
    expect(asked).toEqual([]);
    await fireEvent.click(screen.getByRole("button", { name: "Not now" }));
    expect(asked).toEqual([]);
  });

  test("once confirmed, one line says when, the answer and the fingerprint; the page is never shown", async () => {
    render(LinksScreen);
    await waitFor(keepButton);
    await fireEvent.click(keepButton());
    await fireEvent.click(screen.getByRole("button", { name: "Keep a copy now" }));
    await waitFor(() => screen.getByText(/answer 200 · fingerprint \(SHA-256\) 0123456789abcdef…/));
    expect(asked).toEqual([7]);
    // The time-stamp failed: a quiet note, the copy is kept.
    expect(screen.getByText(/the next time-stamp will cover it/)).toBeTruthy();
    expect(document.querySelector("img, iframe")).toBeNull();
  });

  test("a refusal for a minor's case is said kindly", async () => {
    captureError = { kind: "minor_page_capture_refused", message: "minor" };
    render(LinksScreen);
    await waitFor(keepButton);
    await fireEvent.click(keepButton());
    await fireEvent.click(screen.getByRole("button", { name: "Keep a copy now" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/Child Focus/));
  });

  test("it is not offered in a minor's case", async () => {
    render(LinksScreen, { props: { minor: true } });
    // The link is there, with one line saying why nothing else is offered.
    await waitFor(() => expect(document.getElementById("links-minor-no-screenshots")?.textContent).toMatch(/under 18/));
    expect(screen.queryByRole("button", { name: "Keep a copy of this page as evidence" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Add a screenshot" })).toBeNull();
  });
});
