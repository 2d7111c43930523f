// Coming back to a case she started: from the first screen straight to the
// cases, and once the case is open, straight to the step she left off on —
// "What is happening?", the age question and the path overview are not asked
// again (the case keeps their answers). The Rust side is @tauri-apps/api's
// IPC mock (no Tauri runtime exists under Vitest).

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, expect, test } from "vitest";
import App from "./App.svelte";
import { locale } from "./lib/i18n";

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
  locale.set("en");
  let open = false;
  mockIPC(
    (cmd, args) => {
      calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
      switch (cmd) {
        case "helplines":
          return [];
        case "window_title":
          return { neutral: null };
        case "case_steps":
          return ["case", "links", "images", "copies", "requests", "followup", "file"];
        case "vault_overview":
          return { ...overview, open_case: open ? "K7QM-4XP2" : null };
        case "workspace_overview":
          return { exists: false, list: null };
        case "unlock_case":
          open = true;
          return {
            code: "K7QM-4XP2",
            previous_open_at: "2026-11-21T09:30:00Z",
            failed_attempts_since: 2,
            keyring_slot_restored: false,
            record_warning: null,
            restored_from_backup: null,
          };
        case "current_case":
          return { code: "K7QM-4XP2", label: "My case", minor: false, situations: ["shared"] };
        case "resume_step":
          return "file";
        case "remember_step":
        case "time_stamping":
          return null;
        default:
          throw new Error(`unexpected command ${cmd}`);
      }
    },
    { shouldMockEvents: true },
  );
});

afterEach(() => {
  cleanup();
  clearMocks();
});

test("an open case goes straight to where she left off in two clicks, nothing asked again", async () => {
  render(App);
  await fireEvent.click(screen.getByRole("button", { name: "Open a case I started before" }));
  await waitFor(() => screen.getByText("Case K7QM-4XP2"));
  // No form for a new case on this path: that one starts with the questions.
  expect(document.getElementById("new-case")).toBeNull();
  await fireEvent.input(document.getElementById("unlock-passphrase-K7QM-4XP2")!, {
    target: { value: "the right passphrase" },
  });
  await fireEvent.click(screen.getByRole("button", { name: "Open" }));

  await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Your file"));
  // What opening found is still said, on the step she is back on.
  expect(document.getElementById("resume-report")!.textContent).toMatch(/Welcome back.*Your file/);
  expect(document.getElementById("case-report-failed")!.textContent).toMatch(/2 wrong passphrases/);
  const asked = calls.map((c) => c.cmd);
  expect(asked).not.toContain("set_situations");
  expect(screen.queryByText(/under 18 when they were taken/)).toBeNull();
  // The step list still goes anywhere, and the case keeps the step chosen.
  await fireEvent.click(document.getElementById("step-requests")!);
  await waitFor(() =>
    expect(calls.find((c) => c.cmd === "remember_step")?.args).toEqual({ step: "requests" }),
  );
});

test("starting a new case from there asks what is happening first", async () => {
  render(App);
  await fireEvent.click(screen.getByRole("button", { name: "Open a case I started before" }));
  await waitFor(() => screen.getByText("Case K7QM-4XP2"));
  await fireEvent.click(screen.getByRole("button", { name: "Start a new case instead" }));
  expect(screen.getByRole("heading", { level: 1 }).textContent).toMatch(/happening/i);
});
