// "Ask for removal" against a mocked backend (no Tauri runtime under Vitest):
// copy goes through the Rust command with the field's text, the browser-history
// warning comes before anything is opened ("Not now" opens nothing), and a
// request marked as sent shows as sent.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import RequestsScreen from "./RequestsScreen.svelte";
import { locale } from "../lib/i18n";

const xRequest = {
  platform: "x",
  platform_name: "X (Twitter)",
  channel: { type: "form", url: "https://help.x.com/forms/private-information" },
  legal_basis: ["platform_policy", "dsa_art16"],
  language: "en",
  subject: "Intimate images shared without my consent",
  body: "Hello,\nplease remove https://x.com/a/status/1",
  fields: { exact_urls: "https://x.com/a/status/1", notifier_name: "Alex Example" },
  urls: ["https://x.com/a/status/1"],
  stage: "first",
  warnings: [],
  verified: true,
  to_fill: [],
};
const mailRequest = {
  ...xRequest,
  platform: "reddit",
  platform_name: "Reddit",
  channel: { type: "email", address: "legal@reddit.example" },
  legal_basis: ["gdpr_art17"],
  subject: "Erasure request",
  body: "Please erase",
  fields: {},
  mailto: "mailto:legal@reddit.example?subject=Erasure",
};

type Call = { cmd: string; args: Record<string, unknown> };
let calls: Call[] = [];
let missing: string[] = [];
let sent = false;
let contactFails = false;

function view() {
  return {
    missing,
    no_links: false,
    problems: [],
    requests: missing.length
      ? []
      : [
          {
            request: xRequest,
            recorded: sent
              ? {
                  id: 1,
                  status: "sent",
                  sent_at: "2026-11-23T10:00:00Z",
                  deadline: "2026-11-30T10:00:00Z",
                  tickets: [],
                }
              : undefined,
          },
          { request: mailRequest },
        ],
  };
}

beforeEach(() => {
  locale.set("en");
  calls = [];
  missing = [];
  sent = false;
  contactFails = false;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === "case_requests") return view();
    if (cmd === "copy_text") return null;
    if (cmd === "open_request") return null;
    if (cmd === "update_contact") {
      if (contactFails) throw { kind: "invalid_input", message: "bad address" };
      missing = [];
      return view();
    }
    if (cmd === "mark_request_sent") {
      sent = true;
      return view();
    }
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  clearMocks();
  cleanup();
});

const opened = () => calls.filter((c) => c.cmd === "open_request");

describe("requests screen", () => {
  test("one card per platform, with the channel and legal basis in plain words", async () => {
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: "X (Twitter)" }));
    expect(screen.getByRole("heading", { name: "Reddit" })).toBeTruthy();
    expect(screen.getByText(/Web form/)).toBeTruthy();
    expect(screen.getByText(/Digital Services Act/)).toBeTruthy();
    expect(screen.getByText(/right to have your images erased/)).toBeTruthy();
  });

  test("copy sends the field's exact text to the Rust command and says it will be cleared", async () => {
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: "X (Twitter)" }));
    const copyBody = screen.getAllByRole("button", { name: "Copy Message" })[0];
    // Buttons wait while the requests load.
    await waitFor(() => expect((copyBody as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(copyBody);
    await waitFor(() => expect(calls.map((c) => c.cmd)).toContain("copy_text"));
    expect(calls.find((c) => c.cmd === "copy_text")!.args).toEqual({ text: xRequest.body });
    await waitFor(() =>
      expect(screen.getAllByText(/cleared from the clipboard in a minute/).length).toBeGreaterThan(0),
    );
  });

  test("the history warning comes first; 'Not now' opens nothing, 'Open' asks Rust", async () => {
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: "X (Twitter)" }));
    await fireEvent.click(screen.getByRole("button", { name: "Open the form" }));
    expect(screen.getByText(/keep this page in its history/)).toBeTruthy();
    expect(opened()).toEqual([]);
    await fireEvent.click(screen.getByRole("button", { name: "Not now" }));
    expect(screen.queryByText(/keep this page in its history/)).toBeNull();
    expect(opened()).toEqual([]);

    await fireEvent.click(screen.getByRole("button", { name: "Open in my e-mail program" }));
    await fireEvent.click(screen.getByRole("button", { name: "Open" }));
    await waitFor(() => expect(opened().length).toBe(1));
    expect(opened()[0].args).toEqual({
      platform: "reddit",
      channel: mailRequest.channel,
      target: "email",
    });
  });

  test("marking as sent passes the ticket and then shows the request as sent", async () => {
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: "X (Twitter)" }));
    const ticket = document.getElementById("x-0-ticket") as HTMLInputElement;
    await fireEvent.input(ticket, { target: { value: "T-7" } });
    await fireEvent.click(screen.getAllByRole("button", { name: "I have sent it" })[0]);
    await waitFor(() => screen.getByText("Sent, waiting for an answer"));
    expect(calls.find((c) => c.cmd === "mark_request_sent")!.args).toEqual({
      platform: "x",
      channel: xRequest.channel,
      ticket: "T-7",
    });
    expect(screen.getAllByRole("button", { name: "I have sent it" })).toHaveLength(1);
  });

  test("missing details are named; what was typed stays when saving fails", async () => {
    missing = ["name", "email"];
    contactFails = true;
    render(RequestsScreen);
    await waitFor(() => screen.getByText("A few details are needed first"));
    expect(screen.queryByLabelText(/Your country/)).toBeNull();
    const name = screen.getByLabelText("Your name") as HTMLInputElement;
    const email = screen.getByLabelText(/An e-mail address/) as HTMLInputElement;
    await fireEvent.input(name, { target: { value: "Alex" } });
    await fireEvent.input(email, { target: { value: "alex@example.org" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save and write the requests" }));
    await waitFor(() => screen.getByRole("alert"));
    expect(name.value).toBe("Alex");
    expect(email.value).toBe("alex@example.org");
    contactFails = false;
    await fireEvent.click(screen.getByRole("button", { name: "Save and write the requests" }));
    await waitFor(() => screen.getByRole("heading", { name: "X (Twitter)" }));
  });
});
