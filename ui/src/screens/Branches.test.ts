// The screens of the branches against a mocked backend (no Tauri runtime under
// Vitest): the threat's evidence goes to the existing evidence command with its
// note and no link, the hotline report is shown and copied as the core wrote it,
// and the search screen lists what uploads nothing before what uploads a photo.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import ThreatScreen from "./ThreatScreen.svelte";
import HotlineScreen from "./HotlineScreen.svelte";
import SearchScreen from "./SearchScreen.svelte";
import { locale } from "../lib/i18n";
import type { HotlineReport } from "../bindings/HotlineReport";

let calls: { cmd: string; args: Record<string, unknown> }[] = [];
let evidence: Record<string, unknown>[] = [];
let copied: string[] = [];
let report: HotlineReport;

beforeEach(() => {
  locale.set("en");
  calls = [];
  evidence = [];
  copied = [];
  report = {
    hotline: {
      country: "BE",
      id: "child_focus",
      name: "Child Focus (civil hotline)",
      report_url: "https://childfocus.be/en/report-child-pornography",
      phone: "116 000",
      languages: ["fr", "nl", "en"],
      anonymous: true,
      source: "https://childfocus.be/en/report-child-pornography",
      checked: "2026-11-29",
      verified: true,
      also: [],
    },
    language: "en",
    subject: "Report: photos of a child",
    body: "The pages:\nhttps://forum.example.org/t/1\n",
    urls: ["https://forum.example.org/t/1"],
    notes: ["Send the links only."],
  };
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    switch (cmd) {
      case "case_evidence":
        return evidence;
      case "attach_screenshot": {
        const a = args as { urlId: number | null; kind: string; note: string | null };
        const record = {
          id: evidence.length + 1,
          sha256: "f".repeat(64),
          size: 10,
          original_name: null,
          captured_at: "2026-11-29T08:00:00Z",
          captured_at_utc: "2026-11-29T08:00:00Z",
          kind: a.kind,
          note: a.note,
          url_id: a.urlId,
          added_at: "2026-11-29T08:00:00Z",
        };
        evidence = [...evidence, record];
        return record;
      }
      case "hotline_report":
        return report;
      case "copy_text":
        copied.push((args as { text: string }).text);
        return null;
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
});

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("threatened", () => {
  test("a screenshot of the messages is kept without a link, with the account and demand noted", async () => {
    render(ThreatScreen, { onminor: () => {} });
    await fireEvent.input(screen.getByLabelText(/The account's name/), { target: { value: "@blackmailer" } });
    await fireEvent.input(screen.getByLabelText(/What they ask for/), { target: { value: "200 euros" } });
    await fireEvent.click(screen.getByRole("button", { name: "Add a screenshot of the messages" }));
    await waitFor(() => expect(screen.getByText(/f{64}/)).toBeTruthy());
    const attach = calls.find((c) => c.cmd === "attach_screenshot")!;
    expect(attach.args.urlId).toBeNull();
    expect(attach.args.kind).toBe("correspondence");
    expect(attach.args.note).toBe("Account: @blackmailer\nDemand: 200 euros");
  });

  test("says in order what to do, the account routes in her language, and where to go under 18", async () => {
    const onminor = vi.fn();
    locale.set("de");
    render(ThreatScreen, { onminor });
    expect(screen.getByText(/Zahlen Sie nicht/)).toBeTruthy();
    expect(screen.getAllByText("Konto melden").length).toBe(1);
    await fireEvent.click(screen.getByRole("button", { name: "Hilfe für unter 18" }));
    expect(onminor).toHaveBeenCalledOnce();
  });
});

describe("a child's photos", () => {
  test("shows the hotline with its address and copies the core's report text", async () => {
    render(HotlineScreen, { onlinks: () => {} });
    await screen.findByText(/Address: https:\/\/childfocus.be/);
    expect(screen.getByText(/You can report without giving your name/)).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Copy the report" }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toBe(`${report.subject}\n\n${report.body}`);
    expect(calls.find((c) => c.cmd === "hotline_report")?.args.lang).toBe("en");
  });

  test("without links, the one thing to do is to add them", async () => {
    report.urls = [];
    const onlinks = vi.fn();
    render(HotlineScreen, { onlinks });
    await fireEvent.click(await screen.findByRole("button", { name: "Add the links" }));
    expect(onlinks).toHaveBeenCalledOnce();
    expect(screen.queryByRole("button", { name: "Copy the report" })).toBeNull();
  });
});

describe("I don't know where they are", () => {
  test("what uploads nothing comes first, each says what leaves the computer, and found links go back", async () => {
    const onfound = vi.fn();
    render(SearchScreen, { onfound });
    const items = screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
    const firstPhoto = items.findIndex((t) => /the photo itself|a photo of your face/.test(t));
    const lastNone = items.map((t) => /only the words|contact details|never the image/.test(t)).lastIndexOf(true);
    expect(firstPhoto).toBeGreaterThan(lastNone);
    expect(items.every((t) => t.includes("What leaves your computer"))).toBe(true);
    expect(items.some((t) => t.includes("Not confirmed by the service itself"))).toBe(true);
    await fireEvent.click(screen.getByRole("button", { name: "I found something: add the links" }));
    expect(onfound).toHaveBeenCalledOnce();
  });
});
