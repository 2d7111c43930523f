// Auto-lock as a person meets it: a warning a minute before, a way to stay,
// and a kind word when the case locked itself. Rust's events are played by
// @tauri-apps/api's mocks (no Tauri runtime under Vitest).

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, expect, test } from "vitest";
import App from "./App.svelte";
import { locale } from "./lib/i18n";

let calls: string[];

beforeEach(() => {
  calls = [];
  locale.set("en");
  mockIPC(
    (cmd) => {
      calls.push(cmd);
      switch (cmd) {
        case "window_title":
        return { neutral: null };
      case "helplines":
          return [];
        case "vault_overview":
          return { keyring: { status: "usable" }, cases: [], open_case: "K7QM-4XP2", min_passphrase_chars: 8 };
        case "current_case":
          return {
            code: "K7QM-4XP2",
            label: "Case",
            language: "en",
            contact_name: null,
            contact_email: null,
            country: "BE",
            minor: false,
            created_at: "2026-11-20T10:00:00Z",
          };
        case "case_links":
          return { links: [], platform_names: {} };
        case "keep_case_open":
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

async function openCaseOnLinks() {
  render(App);
  await fireEvent.click(screen.getByRole("button", { name: "Start when you are ready" }));
  // "What is happening?": images that were shared (the flow tested here).
  await fireEvent.click(screen.getByLabelText(/were shared without my consent/));
  await fireEvent.click(screen.getByRole("button", { name: "Continue" }));
  await fireEvent.click(screen.getByRole("button", { name: "No, 18 or older" }));
  await fireEvent.click(screen.getByRole("button", { name: "Create or open your case" }));
  await waitFor(() => expect(screen.getByRole("button", { name: /Where are the images\?/ })).toBeTruthy());
  await fireEvent.click(screen.getByRole("button", { name: /Where are the images\?/ }));
}

test("a minute before locking, the person is warned and can stay", async () => {
  await openCaseOnLinks();
  await emit("auto-lock-warning", { seconds_left: 60 });

  const warning = await screen.findByRole("alertdialog");
  expect(warning.textContent).toMatch(/will lock in 60 seconds/);
  expect(warning.textContent).toMatch(/Nothing you recorded will be lost/);
  const stay = screen.getByRole("button", { name: "I'm still here" });
  await waitFor(() => expect(document.activeElement).toBe(stay));

  await fireEvent.click(stay);
  expect(calls).toContain("keep_case_open");
  expect(screen.queryByRole("alertdialog")).toBeNull();
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Where are the images?");
});

test("when the case locks itself, its screens are left and nothing is said to be lost", async () => {
  await openCaseOnLinks();
  await emit("auto-lock-warning", { seconds_left: 1 });
  await emit("case-locked", { reason: "idle" });

  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/locked after a while without activity/));
  expect(screen.queryByRole("alertdialog")).toBeNull();
  expect(screen.queryByRole("navigation", { name: "Steps of your case" })).toBeNull();
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Your case");
});
