// The case screen against a mocked backend (no Tauri runtime under Vitest):
// errors are shown in the person's language by kind, and nothing typed is lost.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import CaseScreen from "./CaseScreen.svelte";
import { locale } from "../lib/i18n";

let calls: { cmd: string; args: Record<string, unknown> }[];

const overview = {
  keyring: { status: "unavailable", reason: "no Secret Service" },
  cases: [
    {
      code: "K7QM-4XP2",
      created_at: "2026-11-20T10:00:00Z",
      slots: ["passphrase"],
      last_opened_at: "2026-11-21T09:30:00Z",
      failed_attempts: 0,
    },
  ],
  open_case: null,
  min_passphrase_chars: 8,
};

beforeEach(() => {
  calls = [];
  locale.set("fr");
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    if (cmd === "vault_overview") return overview;
    if (cmd === "unlock_case") throw { kind: "wrong_secret", message: "bad passphrase" };
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("case screen", () => {
  test("lists cases by code only and says the passphrase is the only key without a keyring", async () => {
    render(CaseScreen, { minor: false, oncontinue: () => {}, onback: () => {}, onopenchange: () => {} });
    await waitFor(() => expect(screen.getByText("Dossier K7QM-4XP2")).toBeTruthy());
    expect(screen.getByText(/la phrase de passe est la seule clé/)).toBeTruthy();
  });

  test("a wrong passphrase is explained in French and the form keeps working", async () => {
    render(CaseScreen, { minor: false, oncontinue: () => {}, onback: () => {}, onopenchange: () => {} });
    await waitFor(() => screen.getByText("Dossier K7QM-4XP2"));
    const field = screen.getAllByLabelText("Phrase de passe")[0] as HTMLInputElement;
    await fireEvent.input(field, { target: { value: "pas la bonne" } });
    await fireEvent.click(screen.getByRole("button", { name: "Ouvrir" }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "Cette phrase de passe n'a pas ouvert le dossier. Réessayez.",
      ),
    );
    expect(calls.find((c) => c.cmd === "unlock_case")?.args).toEqual({
      code: "K7QM-4XP2",
      passphrase: "pas la bonne",
    });
  });

  test("two different passphrases are caught before anything is created", async () => {
    render(CaseScreen, { minor: false, oncontinue: () => {}, onback: () => {}, onopenchange: () => {} });
    await waitFor(() => screen.getByText("Commencer un nouveau dossier"));
    const label = document.getElementById("case-label") as HTMLInputElement;
    await fireEvent.input(label, { target: { value: "Mon dossier" } });
    await fireEvent.input(document.getElementById("case-passphrase")!, {
      target: { value: "une phrase assez longue" },
    });
    await fireEvent.input(document.getElementById("case-passphrase-confirm")!, {
      target: { value: "une autre phrase" },
    });
    expect(screen.getByText("Les deux phrases de passe ne sont pas identiques.")).toBeTruthy();
    await fireEvent.submit(document.getElementById("new-case")!);
    expect(calls.some((c) => c.cmd === "create_case")).toBe(false);
    expect(label.value).toBe("Mon dossier");
  });

  test("after opening, she is told the record of wrong passphrases was deleted, and from which backup the case was restored", async () => {
    mockIPC((cmd) => {
      if (cmd === "vault_overview") return overview;
      if (cmd === "unlock_case")
        return {
          code: "K7QM-4XP2",
          previous_open_at: null,
          failed_attempts_since: 0,
          keyring_slot_restored: false,
          record_warning: { kind: "removed", last_opened_at: "2026-11-21T09:30:00Z" },
          restored_from_backup: "2026-11-21T09:30:00Z",
        };
      if (cmd === "current_case")
        return { code: "K7QM-4XP2", label: "Mon dossier", minor: false };
      throw new Error(`unexpected ${cmd}`);
    });
    render(CaseScreen, { minor: false, oncontinue: () => {}, onback: () => {}, onopenchange: () => {} });
    await waitFor(() => screen.getByText("Dossier K7QM-4XP2"));
    const field = screen.getAllByLabelText("Phrase de passe")[0] as HTMLInputElement;
    await fireEvent.input(field, { target: { value: "la bonne phrase" } });
    await fireEvent.click(screen.getByRole("button", { name: "Ouvrir" }));
    await waitFor(() => expect(document.getElementById("case-report-record")).toBeTruthy());
    expect(document.getElementById("case-report-record")!.textContent).toMatch(
      /relevé des mauvaises phrases de passe de ce dossier a été supprimé/,
    );
    expect(document.getElementById("case-report-restored")!.textContent).toMatch(
      /Reclaim a ouvert sa copie de sauvegarde/,
    );
  });
});

describe("choosing how the new case is protected", () => {
  beforeEach(() => {
    locale.set("en");
    clearMocks();
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
      if (cmd === "vault_overview") return { ...overview, keyring: { status: "usable" } };
      if (cmd === "rate_passphrase") {
        return (args as { passphrase: string }).passphrase === "password" ? "weak" : "strong";
      }
      if (cmd === "create_case") throw { kind: "internal", message: "stop here" };
      throw new Error(`unexpected ${cmd}`);
    });
  });

  async function renderForm() {
    render(CaseScreen, { minor: false, oncontinue: () => {}, onback: () => {}, onopenchange: () => {} });
    await waitFor(() => screen.getByText("Start a new case"));
  }

  test("the password store is not used unless she ticks it, and then she is told who can open the case", async () => {
    await renderForm();
    const box = screen.getByRole("checkbox", { name: /password store/ }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(document.getElementById("keyring-warning")).toBeNull();
    await fireEvent.input(document.getElementById("case-label")!, { target: { value: "Mine" } });
    for (const id of ["case-passphrase", "case-passphrase-confirm"]) {
      await fireEvent.input(document.getElementById(id)!, { target: { value: "a calm and long passphrase" } });
    }
    await fireEvent.submit(document.getElementById("new-case")!);
    await waitFor(() => expect(calls.some((c) => c.cmd === "create_case")).toBe(true));
    expect(calls.find((c) => c.cmd === "create_case")?.args.useKeyring).toBe(false);

    await fireEvent.click(box);
    expect(document.getElementById("keyring-warning")?.textContent).toMatch(
      /anyone who can use this computer while you are logged in can open the case without the passphrase/,
    );
  });

  test("a guessable passphrase gets a hint, rated with what the form already holds", async () => {
    await renderForm();
    await fireEvent.input(document.getElementById("case-label")!, { target: { value: "Marie case" } });
    await fireEvent.input(document.getElementById("case-passphrase")!, { target: { value: "password" } });
    await waitFor(() =>
      expect(document.getElementById("passphrase-strength")?.textContent).toMatch(/^\s*Easy to guess/),
    );
    expect(calls.find((c) => c.cmd === "rate_passphrase")?.args).toEqual({
      passphrase: "password",
      knownWords: ["Marie case"],
    });
    await fireEvent.input(document.getElementById("case-passphrase")!, {
      target: { value: "a calm and long passphrase" },
    });
    await waitFor(() =>
      expect(document.getElementById("passphrase-strength")?.textContent).toMatch(/Very hard to guess/),
    );
  });

  test("the show button reveals both passphrase fields and hides them again", async () => {
    await renderForm();
    const fields = ["case-passphrase", "case-passphrase-confirm"].map(
      (id) => document.getElementById(id) as HTMLInputElement,
    );
    expect(fields.map((f) => f.type)).toEqual(["password", "password"]);
    await fireEvent.click(screen.getByRole("button", { name: "Show passphrase" }));
    expect(fields.map((f) => f.type)).toEqual(["text", "text"]);
    await fireEvent.click(screen.getByRole("button", { name: "Hide passphrase" }));
    expect(fields.map((f) => f.type)).toEqual(["password", "password"]);
  });
});

describe("what is happening goes into the new case", () => {
  test("the answer given before the case existed is kept in it once it is created", async () => {
    locale.set("en");
    clearMocks();
    const info = {
      code: "K7QM-4XP2",
      label: "Mine",
      language: "en",
      contact_name: null,
      contact_email: null,
      country: "BE",
      minor: false,
      situations: ["shared"],
      created_at: "2026-11-29T10:00:00Z",
      updated_at: "2026-11-29T10:00:00Z",
    };
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
      if (cmd === "vault_overview") return overview;
      if (cmd === "rate_passphrase") return "strong";
      if (cmd === "create_case") return info;
      if (cmd === "set_situations") return { ...info, situations: (args as { situations: string[] }).situations };
      throw new Error(`unexpected ${cmd}`);
    });
    render(CaseScreen, {
      minor: false,
      situations: ["threatened", "fake"],
      oncontinue: () => {},
      onback: () => {},
      onopenchange: () => {},
    });
    await waitFor(() => screen.getByText("Start a new case"));
    await fireEvent.input(document.getElementById("case-label")!, { target: { value: "Mine" } });
    for (const id of ["case-passphrase", "case-passphrase-confirm"]) {
      await fireEvent.input(document.getElementById(id)!, { target: { value: "a calm and long passphrase" } });
    }
    await fireEvent.submit(document.getElementById("new-case")!);
    // One call: the case is created with what is happening (one custody entry).
    await waitFor(() => expect(calls.some((c) => c.cmd === "create_case")).toBe(true));
    const created = calls.find((c) => c.cmd === "create_case")?.args.case as Record<string, unknown>;
    expect(created.situations).toEqual(["threatened", "fake"]);
    expect(calls.some((c) => c.cmd === "set_situations")).toBe(false);
  });
});
