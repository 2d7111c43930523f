// "Ask for removal" against a mocked backend (no Tauri runtime under Vitest):
// copy goes through the Rust command with the field's text, the browser-history
// warning comes before anything is opened ("Not now" opens nothing), and a
// request marked as sent shows as sent.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import RequestsScreen from "./RequestsScreen.svelte";
import { locale } from "../lib/i18n";
import { get } from "svelte/store";
import { requestsProgress } from "../lib/requestsProgress";

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
let xLanguage: string | null = null;

function view() {
  return {
    missing,
    no_links: false,
    problems: [],
    // The core's count of services sent (here: X once sent, of X and Reddit).
    progress: { sent: sent ? 1 : 0, total: missing.length ? 0 : 2 },
    requests: missing.length
      ? []
      : [
          {
            request:
              xLanguage === "nl"
                ? { ...xRequest, language: "nl", body: "Geachte mevrouw, geachte heer,\nverwijder https://x.com/a/status/1" }
                : xRequest,
            chosen_language: xLanguage ?? undefined,
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
  xLanguage = null;
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
    if (cmd === "undo_request_sent") {
      sent = false;
      return view();
    }
    if (cmd === "set_request_language") {
      xLanguage = (args as { language: string | null }).language;
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

const row = (name: string) => screen.getByRole("button", { name: new RegExp(name) });

describe("requests screen", () => {
  test("a checklist in the core's order: the first request not sent is open and says start here", async () => {
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: /X \(Twitter\)/ }));
    expect(screen.getByRole("heading", { name: /Reddit/ })).toBeTruthy();
    expect(document.getElementById("requests-progress")?.textContent).toMatch(/0 of 2 sent/);
    expect(row("X \\(Twitter\\)").getAttribute("aria-expanded")).toBe("true");
    expect(row("X \\(Twitter\\)").textContent).toMatch(/Start here/);
    expect(row("Reddit").getAttribute("aria-expanded")).toBe("false");
    // Only the open row shows its route: one "I have sent it" on the page.
    expect(screen.getAllByRole("button", { name: "I have sent it" })).toHaveLength(1);
    // The form's address is visible, and the legal basis in plain words.
    expect(screen.getByText(xRequest.channel.url)).toBeTruthy();
    expect(screen.getByText(/Digital Services Act/)).toBeTruthy();
    await fireEvent.click(row("Reddit"));
    expect(screen.getByText(/right to have your images erased/)).toBeTruthy();
    expect(row("X \\(Twitter\\)").getAttribute("aria-expanded")).toBe("false");
  });

  test("copy sends the field's exact text to the Rust command and says it will be cleared", async () => {
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: /X \(Twitter\)/ }));
    const copyLinks = document.querySelector("button.copy[data-field='exact_urls']") as HTMLButtonElement;
    // Buttons wait while the requests load.
    await waitFor(() => expect(copyLinks.disabled).toBe(false));
    await fireEvent.click(copyLinks);
    await waitFor(() => expect(calls.map((c) => c.cmd)).toContain("copy_text"));
    expect(calls.find((c) => c.cmd === "copy_text")!.args).toEqual({ text: xRequest.fields.exact_urls });
    await waitFor(() =>
      expect(screen.getAllByText(/cleared from the clipboard in a minute/).length).toBeGreaterThan(0),
    );
    // "Copy everything" gives each part under its name, in order.
    await fireEvent.click(screen.getByRole("button", { name: "Copy everything" }));
    await waitFor(() => expect(calls.filter((c) => c.cmd === "copy_text")).toHaveLength(2));
    const all = calls.filter((c) => c.cmd === "copy_text")[1].args.text as string;
    expect(all.indexOf(xRequest.fields.exact_urls)).toBeLessThan(all.indexOf("Alex Example"));
  });

  test("the history warning comes first; 'Not now' opens nothing, 'Open' asks Rust", async () => {
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: /X \(Twitter\)/ }));
    await fireEvent.click(screen.getByRole("button", { name: "Open the form" }));
    expect(screen.getByText(/keep this page in its history/)).toBeTruthy();
    expect(opened()).toEqual([]);
    await fireEvent.click(screen.getByRole("button", { name: "Not now" }));
    expect(screen.queryByText(/keep this page in its history/)).toBeNull();
    expect(opened()).toEqual([]);

    await fireEvent.click(row("Reddit"));
    await fireEvent.click(screen.getByRole("button", { name: "Open in my e-mail program" }));
    await fireEvent.click(screen.getByRole("button", { name: "Open" }));
    await waitFor(() => expect(opened().length).toBe(1));
    expect(opened()[0].args).toEqual({
      platform: "reddit",
      channel: mailRequest.channel,
      target: "email",
    });
  });

  test("marking as sent passes the ticket, closes the row, counts it and opens the next", async () => {
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: /X \(Twitter\)/ }));
    const ticket = document.getElementById("x-0-ticket") as HTMLInputElement;
    await fireEvent.input(ticket, { target: { value: "T-7" } });
    await fireEvent.click(screen.getByRole("button", { name: "I have sent it" }));
    await waitFor(() => expect(document.getElementById("requests-progress")?.textContent).toMatch(/1 of 2 sent/));
    // The step list shows the same count, from the same answer.
    expect(get(requestsProgress)).toEqual({ sent: 1, total: 2 });
    expect(calls.find((c) => c.cmd === "mark_request_sent")!.args).toEqual({
      platform: "x",
      channel: xRequest.channel,
      ticket: "T-7",
    });
    expect(row("X \\(Twitter\\)").getAttribute("aria-expanded")).toBe("false");
    expect(row("X \\(Twitter\\)").textContent).toMatch(/Sent/);
    expect(row("Reddit").getAttribute("aria-expanded")).toBe("true");
    expect(row("Reddit").textContent).toMatch(/Start here/);
    // The sent one can still be opened and says so.
    await fireEvent.click(row("X \\(Twitter\\)"));
    expect(screen.getByText("Sent, waiting for an answer")).toBeTruthy();
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
    await waitFor(() => screen.getByRole("heading", { name: /X \(Twitter\)/ }));
  });
  test("the language of one request is chosen on its open row and the letter follows", async () => {
    render(RequestsScreen);
    const select = (await screen.findByRole("combobox", {
      name: "Language of this request",
    })) as HTMLSelectElement;
    expect(select.getAttribute("data-request-language")).toBe("x");
    expect(select.value).toBe("");
    await fireEvent.change(select, { target: { value: "nl" } });
    await waitFor(() => expect(calls.some((c) => c.cmd === "set_request_language")).toBe(true));
    expect(calls.find((c) => c.cmd === "set_request_language")!.args).toEqual({
      platform: "x",
      platformName: "X (Twitter)",
      language: "nl",
    });
    await waitFor(() =>
      expect((document.querySelector('[data-request-language="x"]') as HTMLSelectElement).value).toBe("nl"),
    );
    // Back to the website's own choice.
    await fireEvent.change(document.querySelector('[data-request-language="x"]')!, { target: { value: "" } });
    await waitFor(() => expect(calls.filter((c) => c.cmd === "set_request_language")[1].args.language).toBe(null));
  });
  test("'Not sent after all?' asks first; 'Keep it' changes nothing, 'Yes' puts it back to not sent", async () => {
    sent = true;
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: /X \(Twitter\)/ }));
    await waitFor(() => expect(document.getElementById("requests-progress")?.textContent).toMatch(/1 of 2 sent/));
    await fireEvent.click(row("X \\(Twitter\\)"));
    const undo = document.querySelector("[data-undo-sent='1']") as HTMLButtonElement;
    await fireEvent.click(undo);
    expect(screen.getByText(/keeps a note that it was marked as sent/)).toBeTruthy();
    await fireEvent.click(document.getElementById("request-1-undo-sent-cancel")!);
    expect(calls.some((c) => c.cmd === "undo_request_sent")).toBe(false);
    expect(document.getElementById("requests-progress")?.textContent).toMatch(/1 of 2 sent/);

    await fireEvent.click(document.querySelector("[data-undo-sent='1']")!);
    await fireEvent.click(document.getElementById("request-1-undo-sent-confirm")!);
    await waitFor(() => expect(document.getElementById("requests-progress")?.textContent).toMatch(/0 of 2 sent/));
    expect(calls.filter((c) => c.cmd === "undo_request_sent").map((c) => c.args)).toEqual([
      { requestId: 1, reason: null },
    ]);
    expect(document.querySelector("[data-undo-sent]")).toBeNull();
  });
});

describe("a service with more than one route", () => {
  const inApp = {
    ...xRequest,
    platform: "instagram",
    platform_name: "Instagram",
    channel: { type: "in_app", steps: ["Tap the three dots above the post", "Tap Report"] },
    fields: {},
  };
  const form = { ...inApp, channel: { type: "form", url: "https://help.instagram.example/form" }, stage: "alternative" };

  beforeEach(() => {
    clearMocks();
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (cmd === "case_requests") {
        return {
          missing: [],
          no_links: false,
          problems: [],
          progress: { sent: sent ? 1 : 0, total: 1 },
          requests: [
            { request: inApp },
            sent
              ? {
                  request: form,
                  recorded: { id: 2, status: "sent", sent_at: "2026-11-23T10:00:00Z", tickets: [] },
                }
              : { request: form },
          ],
        };
      }
      throw new Error(`unexpected ${cmd}`);
    });
  });

  test("steps inside the app warn that they lead to the post and offer someone trusted", async () => {
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: /Instagram/ }));
    expect(screen.getByText(/you may see the images/).textContent).toMatch(/someone you trust/);
    expect(screen.getByText("Tap Report")).toBeTruthy();
    // The other route waits behind "other ways".
    expect(screen.getByText("Other ways to send it (1)")).toBeTruthy();
  });

  test("once one route is sent, it leads the row and the others say they are not needed", async () => {
    sent = true;
    render(RequestsScreen);
    await waitFor(() => screen.getByRole("heading", { name: /Instagram/ }));
    await fireEvent.click(row("Instagram"));
    expect(screen.getByText("Sent, waiting for an answer")).toBeTruthy();
    expect(screen.getByText(/Not needed any more/)).toBeTruthy();
    expect(document.getElementById("requests-progress")?.textContent).toMatch(/1 of 1 sent/);
  });


});

describe("in-app steps whose words no source showed", () => {
  const dutch = {
    ...xRequest,
    platform: "instagram",
    platform_name: "Instagram",
    language: "nl",
    channel: {
      type: "in_app",
      steps: ["Open Instagram", "Open het bericht › Tik op ⋯ (meer) › Rapporteren"],
      wording_unconfirmed: true,
    },
    fields: {},
  };

  beforeEach(() => {
    clearMocks();
    mockIPC((cmd) => {
      if (cmd === "case_requests") {
        return { missing: [], no_links: false, problems: [], requests: [{ request: dutch }] };
      }
      throw new Error(`unexpected ${cmd}`);
    });
  });

  test("say in one line that the app's buttons may read differently", async () => {
    locale.set("nl");
    render(RequestsScreen);
    await waitFor(() => screen.getByText(/Rapporteren/));
    expect(document.querySelector("[data-wording-unconfirmed]")?.textContent?.trim()).toBe(
      "De knoppen in Instagram kunnen net iets anders heten.",
    );
  });

  test("say nothing of the kind when a source showed the words", async () => {
    dutch.channel.wording_unconfirmed = false;
    render(RequestsScreen);
    await waitFor(() => screen.getByText(/Rapporteren/));
    expect(document.querySelector("[data-wording-unconfirmed]")).toBeNull();
  });
});
