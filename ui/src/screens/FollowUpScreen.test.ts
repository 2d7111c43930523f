// "Follow up" against a mocked backend: statuses, deadlines and lateness in
// plain words, the next step explained, status changes, and the online check
// only when asked.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import FollowUpScreen from "./FollowUpScreen.svelte";
import { locale } from "../lib/i18n";

type Call = { cmd: string; args: Record<string, unknown> };
let calls: Call[] = [];

const base = {
  channel: { type: "form", url: "https://help.x.com/forms" },
  legal_bases: ["platform_policy", "dsa_art16"],
  tickets: [],
  urls: ["https://x.com/a/status/1"],
  history: [
    { at: "2026-11-01T10:00:00Z", status: "draft", note: null },
    { at: "2026-11-01T10:00:00Z", status: "sent", note: null },
  ],
};
let items: unknown[] = [];
const notSent = [{ platform: "facebook", platform_name: "Facebook", urls: ["https://www.facebook.com/p/1"] }];

beforeEach(() => {
  locale.set("fr");
  calls = [];
  items = [
    {
      ...base,
      id: 1,
      platform: "x",
      platform_name: "X (Twitter)",
      status: "sent",
      sent_at: "2026-11-01T10:00:00Z",
      deadline: "2026-11-08T10:00:00Z",
      overdue: true,
      tickets: ["T-1"],
      allowed: ["acknowledged", "removed", "refused", "no_answer"],
      next_steps: [
        {
          id: "dsa_internal_complaint",
          authority: "X (Twitter)",
          explanation: "Déposez une réclamation interne.",
          letter: { subject: "Réclamation contre votre décision", body: "Madame, Monsieur,\n\narticle 20" },
        },
        {
          id: "iefh_support",
          authority: "Institut",
          explanation: "Contactez l’Institut.",
          contact: { name: "IEFH", phone: "0800 12 800", email: "egalite.hommesfemmes@iefh.belgique.be" },
        },
        {
          id: "police_complaint",
          authority: "Police",
          explanation: "Portez plainte.",
          opens: "file",
        },
      ],
    },
    {
      ...base,
      id: 2,
      platform: "reddit",
      platform_name: "Reddit",
      status: "removed",
      sent_at: "2026-11-01T10:00:00Z",
      deadline: "2026-12-01T10:00:00Z",
      overdue: false,
      allowed: ["came_back"],
      next_steps: [],
    },
  ];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === "follow_up") return { items, not_sent: notSent };
    if (cmd === "copy_text") return null;
    if (cmd === "remove_request_ticket") {
      items = (items as { id: number }[]).map((i) => (i.id === 1 ? { ...i, tickets: [] } : i));
      return { items, not_sent: notSent };
    }
    if (cmd === "change_request_status") {
      const a = args as { requestId: number; status: string };
      items = (items as { id: number }[]).map((i) =>
        i.id === a.requestId ? { ...i, status: a.status, overdue: false, next_steps: [] } : i,
      );
      return { items, not_sent: notSent };
    }
    if (cmd === "check_online")
      return [
        { url_id: 1, url: "https://x.com/a/status/1", liveness: "still_online", status: "online", checked_at: "2026-11-23T10:00:00Z" },
        { url_id: 2, url: "https://www.reddit.com/r/a/comments/b/", liveness: "gone", status: "removed", checked_at: "2026-11-23T10:00:00Z" },
        { url_id: 3, url: "https://site.example/x", liveness: "could_not_tell", status: "not_checked", checked_at: "2026-11-23T10:00:00Z" },
      ];
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  clearMocks();
  cleanup();
});

describe("follow-up screen", () => {
  test("statuses, deadlines, lateness and the next step in plain French", async () => {
    render(FollowUpScreen);
    await waitFor(() => screen.getByRole("heading", { name: "X (Twitter)" }));
    expect(screen.getByText("Envoyée, en attente de réponse")).toBeTruthy();
    expect(screen.getByText("La réponse est en retard")).toBeTruthy();
    expect(document.querySelector('[data-request="2"] .status')!.textContent).toBe("Retirée");
    expect(screen.getByText(/8 novembre 2026/)).toBeTruthy();
    expect(screen.getByText("T-1")).toBeTruthy();
    expect(screen.getByText(/Déposez une réclamation interne/)).toBeTruthy();
    expect(screen.getByText(/n’a pas répondu à temps/)).toBeTruthy();
    // Late first: the overdue request is the first card.
    expect(document.querySelector("[data-request]")!.getAttribute("data-request")).toBe("1");
    expect(screen.getAllByText("La réponse est en retard")).toHaveLength(1);
  });

  test("a status change is sent for that request and shown", async () => {
    render(FollowUpScreen);
    await waitFor(() => screen.getByRole("heading", { name: "X (Twitter)" }));
    const removed = document.querySelector(
      '[data-request="1"] [data-set-status="removed"]',
    ) as HTMLButtonElement;
    await waitFor(() => expect(removed.disabled).toBe(false));
    await fireEvent.click(removed);
    await waitFor(() =>
      expect(document.querySelector('[data-request="1"] .status')!.textContent).toBe("Retirée"),
    );
    expect(calls.find((c) => c.cmd === "change_request_status")!.args).toEqual({
      requestId: 1,
      status: "removed",
      ticket: null,
    });
  });

  test("links are checked only when she confirms, after the IP address warning; results in plain words", async () => {
    render(FollowUpScreen);
    await waitFor(() => screen.getByRole("heading", { name: "X (Twitter)" }));
    expect(calls.some((c) => c.cmd === "check_online")).toBe(false);
    await fireEvent.click(screen.getByRole("button", { name: "Vérifier les liens maintenant" }));
    // First she is told that the sites will see her IP address; "not now" asks nothing.
    expect(screen.getByText(/adresse IP/).textContent).toMatch(/Tor ou un VPN/);
    await fireEvent.click(screen.getByRole("button", { name: "Pas maintenant" }));
    expect(calls.some((c) => c.cmd === "check_online")).toBe(false);
    await fireEvent.click(screen.getByRole("button", { name: "Vérifier les liens maintenant" }));
    await fireEvent.click(screen.getByRole("button", { name: "Vérifier maintenant" }));
    await waitFor(() => screen.getByText("Toujours en ligne"));
    expect(screen.getByText("Disparu")).toBeTruthy();
    // Could not tell is said as "not checked", never as gone.
    expect(screen.getByText(/^Pas vérifié/).textContent).toMatch(/ne veut pas dire que c’est retiré/);
  });

  test("a website not asked yet is listed, with a way to its request", async () => {
    const went: string[] = [];
    render(FollowUpScreen, { ongo: (step: string) => went.push(step) });
    await waitFor(() => screen.getByRole("heading", { name: "Facebook" }));
    const card = document.querySelector('[data-not-sent="facebook"]')!;
    expect(card.textContent).toMatch(/Pas encore envoyée/);
    expect(card.textContent).toMatch(/1 lien/);
    await fireEvent.click(screen.getByRole("button", { name: "Aller à la demande" }));
    expect(went).toEqual(["requests"]);
  });

  test("each next step says how: a ready letter, the Institute's number, the file for the police", async () => {
    const went: string[] = [];
    render(FollowUpScreen, { ongo: (step: string) => went.push(step) });
    await waitFor(() => screen.getByRole("heading", { name: "X (Twitter)" }));
    const steps = [...document.querySelectorAll('[data-request="1"] [data-next-step]')].map(
      (li) => li.getAttribute("data-next-step"),
    );
    expect(steps).toEqual(["dsa_internal_complaint", "iefh_support", "police_complaint"]);
    const iefh = document.querySelector('[data-request="1"] [data-next-step="iefh_support"]')!;
    expect(iefh.textContent).toMatch(/Téléphone : \u2068?0800 12 800\u2069? \(gratuit\)/);
    expect(iefh.textContent).toMatch(/egalite\.hommesfemmes@iefh\.belgique\.be/);
    await fireEvent.click(screen.getByRole("button", { name: "Copier la lettre" }));
    await waitFor(() =>
      expect(calls.find((c) => c.cmd === "copy_text")!.args).toEqual({
        text: "Réclamation contre votre décision\n\nMadame, Monsieur,\n\narticle 20",
      }),
    );
    await fireEvent.click(screen.getByRole("button", { name: "Aller à « Dossier complet »" }));
    expect(went).toEqual(["file"]);
  });

  test("a ticket number typed wrong is removed only after a question; cancel keeps it", async () => {
    render(FollowUpScreen);
    await waitFor(() => screen.getByText("T-1"));
    const remove = () => document.querySelector("[data-remove-ticket='T-1']") as HTMLButtonElement;
    await waitFor(() => expect(remove().disabled).toBe(false));
    await fireEvent.click(remove());
    expect(document.getElementById("followup-1-ticket-0-remove-question")!.textContent).toMatch(
      /garde une note qu’il y était/,
    );
    await fireEvent.click(document.getElementById("followup-1-ticket-0-remove-cancel")!);
    expect(calls.some((c) => c.cmd === "remove_request_ticket")).toBe(false);
    await fireEvent.click(document.querySelector("[data-remove-ticket='T-1']")!);
    await fireEvent.click(document.getElementById("followup-1-ticket-0-remove-confirm")!);
    await waitFor(() => expect(screen.queryByText("T-1")).toBeNull());
    expect(calls.find((c) => c.cmd === "remove_request_ticket")!.args).toEqual({
      requestId: 1,
      ticket: "T-1",
      reason: null,
    });
  });
});

describe("the intro says what the list holds", () => {
  async function introWith(view: { items: unknown[]; not_sent: unknown[] }): Promise<string | null> {
    clearMocks();
    mockIPC((cmd) => {
      if (cmd === "follow_up") return view;
      throw new Error(`unexpected ${cmd}`);
    });
    locale.set("en");
    render(FollowUpScreen);
    await waitFor(() =>
      expect(
        document.getElementById("followup-intro") !== null || document.getElementById("followup-none") !== null,
      ).toBe(true),
    );
    const text = document.getElementById("followup-intro")?.textContent ?? null;
    cleanup();
    return text;
  }

  test("no request sent yet: it does not speak of requests sent", async () => {
    const text = await introWith({ items: [], not_sent: notSent });
    expect(text).toMatch(/You have not sent a request yet/);
    expect(text).not.toMatch(/First the requests you sent/);
  });

  test("every website asked: it does not speak of websites not asked", async () => {
    const text = await introWith({ items: items.slice(0, 1), not_sent: [] });
    expect(text).toMatch(/every website you sent a request to/);
    expect(text).not.toMatch(/not asked yet/);
  });

  test("both: requests sent first, then the websites not asked yet", async () => {
    const text = await introWith({ items, not_sent: notSent });
    expect(text).toMatch(/First the requests you sent.*Then the websites you have not asked yet/);
  });

  test("nothing at all: only the line saying no request was sent", async () => {
    expect(await introWith({ items: [], not_sent: [] })).toBeNull();
    // (followup-none says it; the intro is not shown.)
  });
});
