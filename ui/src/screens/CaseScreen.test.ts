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
