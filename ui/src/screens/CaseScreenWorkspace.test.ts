// The counsellor's private list on the cases screen (mocked backend; no Tauri
// runtime exists under Vitest): her labels instead of codes, what is late
// first, the next deadline and the last step; the list made with a
// passphrase of its own; a wrong one explained; a case gone from the
// computer offered to drop.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import CaseScreen from "./CaseScreen.svelte";
import { locale } from "../lib/i18n";

let calls: { cmd: string; args: Record<string, unknown> }[];

const summary = (code: string) => ({
  code,
  created_at: "2026-11-20T10:00:00Z",
  slots: ["passphrase"],
  last_opened_at: "2026-11-21T09:30:00Z",
  failed_attempts: 0,
});

const overview = {
  keyring: { status: "unavailable", reason: "no Secret Service" },
  cases: [summary("AAAA-1111"), summary("BBBB-2222"), summary("CCCC-3333")],
  open_case: null,
  min_passphrase_chars: 8,
};

// As the core sorts it: most overdue first, then by next deadline.
const openList = {
  exists: true,
  list: {
    cases: [
      {
        code: "BBBB-2222",
        label: "B., Thursday",
        next_deadline: null,
        overdue: 2,
        last_step: "followup",
        last_opened_at: "2026-11-25T10:00:00Z",
      },
      {
        code: "AAAA-1111",
        label: "A., Tuesday",
        next_deadline: "2026-12-03T10:00:00Z",
        overdue: 0,
        last_step: "requests",
        last_opened_at: "2026-11-26T10:00:00Z",
      },
    ],
    missing: [
      {
        code: "ZZZZ-9999",
        label: "Z., moved away",
        next_deadline: null,
        overdue: 0,
        last_step: null,
        last_opened_at: null,
      },
    ],
  },
};

const props = { minor: false, oncontinue: () => {}, onback: () => {}, onopenchange: () => {} };

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("with her list open", () => {
  beforeEach(() => {
    calls = [];
    locale.set("en");
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
      if (cmd === "vault_overview") return overview;
      if (cmd === "workspace_overview") return openList;
      if (cmd === "drop_workspace_entry")
        return { exists: true, list: { ...openList.list, missing: [] } };
      throw new Error(`unexpected ${cmd}`);
    });
  });

  test("cases show her labels, late ones first, with the next deadline and last step", async () => {
    render(CaseScreen, props);
    await waitFor(() => screen.getByText("B., Thursday"));
    const items = [...document.querySelectorAll(".case-list > li")].map((li) => li.id);
    expect(items.slice(0, 3)).toEqual(["case-item-BBBB-2222", "case-item-AAAA-1111", "case-item-CCCC-3333"]);
    expect(document.getElementById("workspace-overdue-BBBB-2222")!.textContent).toMatch(/2 requests are late/);
    expect(document.getElementById("workspace-overdue-AAAA-1111")).toBeNull();
    expect(document.getElementById("case-item-AAAA-1111")!.textContent).toMatch(/Next deadline: .*2026/);
    expect(document.getElementById("workspace-step-AAAA-1111")!.textContent).toMatch(/Last step: Ask for removal/);
    // A case not in her list still shows, by code.
    expect(screen.getByText("Case CCCC-3333")).toBeTruthy();
    expect(document.getElementById("workspace-lock")).toBeTruthy();
  });

  test("a case gone from the computer is shown as missing and can be dropped", async () => {
    render(CaseScreen, props);
    await waitFor(() => screen.getByText(/Z., moved away/));
    await fireEvent.click(screen.getByRole("button", { name: "Remove it from my list" }));
    await waitFor(() => expect(document.getElementById("workspace-missing-ZZZZ-9999")).toBeNull());
    expect(calls.find((c) => c.cmd === "drop_workspace_entry")?.args).toEqual({ code: "ZZZZ-9999" });
  });
});

describe("making and opening the list", () => {
  test("the offer says forgetting its passphrase loses only the list, and creates it", async () => {
    calls = [];
    locale.set("en");
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
      if (cmd === "vault_overview") return overview;
      if (cmd === "workspace_overview") return { exists: false, list: null };
      if (cmd === "rate_passphrase") return "strong";
      if (cmd === "create_workspace") return { exists: true, list: { cases: [], missing: [] } };
      throw new Error(`unexpected ${cmd}`);
    });
    render(CaseScreen, props);
    await waitFor(() => screen.getByText("I am a counsellor: keep a private list of my cases"));
    expect(document.getElementById("workspace-forget-note")!.textContent).toMatch(
      /you lose only the list. Every case still opens/,
    );
    await fireEvent.input(document.getElementById("workspace-new-passphrase")!, {
      target: { value: "my own list words" },
    });
    await fireEvent.input(document.getElementById("workspace-new-confirm")!, {
      target: { value: "my own list words" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Keep a list" }));
    await waitFor(() => expect(document.getElementById("workspace-lock")).toBeTruthy());
    expect(calls.find((c) => c.cmd === "create_workspace")?.args).toEqual({ passphrase: "my own list words" });
  });

  test("a wrong passphrase for the list is explained in Dutch, and the cases are not touched", async () => {
    calls = [];
    locale.set("nl");
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
      if (cmd === "vault_overview") return overview;
      if (cmd === "workspace_overview") return { exists: true, list: null };
      if (cmd === "unlock_workspace")
        throw { kind: "wrong_secret", message: "no", detail: { type: "wrong_workspace_passphrase" } };
      throw new Error(`unexpected ${cmd}`);
    });
    render(CaseScreen, props);
    await waitFor(() => expect(document.getElementById("workspace-passphrase")).toBeTruthy());
    await fireEvent.input(document.getElementById("workspace-passphrase")!, { target: { value: "verkeerd" } });
    await fireEvent.click(screen.getByRole("button", { name: "Mijn lijst openen" }));
    await waitFor(() =>
      expect(document.getElementById("workspace-error")!.textContent).toBe(
        "Die wachtzin opende je lijst met dossiers niet. Probeer het opnieuw. Je dossiers blijven zoals ze zijn.",
      ),
    );
    // Cases are still listed by code, each still opens with its own passphrase.
    expect(screen.getByText("Dossier AAAA-1111")).toBeTruthy();
  });
});
