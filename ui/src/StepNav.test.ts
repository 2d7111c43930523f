// The path through an open case: the steps are always reachable once a case
// is open, and "continue later" locks the case and says everything is kept.
// The Rust side is @tauri-apps/api's IPC mock (no Tauri runtime under Vitest).

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import App from "./App.svelte";
import StepNav from "./components/StepNav.svelte";
import { requestsProgress } from "./lib/requestsProgress";
import { get } from "svelte/store";
import { LOCALES, locale, t } from "./lib/i18n";
import { CASE_STEPS, type CaseStep } from "./lib/steps";

let calls: string[];
let open: boolean;
let progress: { sent: number; total: number };

const info = {
  code: "K7QM-4XP2",
  label: "Case of Sam",
  language: "en",
  contact_name: null,
  contact_email: null,
  country: "BE",
  minor: false,
  created_at: "2026-11-20T10:00:00Z",
};

beforeEach(() => {
  calls = [];
  open = true;
  progress = { sent: 2, total: 6 };
  requestsProgress.set(null);
  locale.set("en");
  mockIPC((cmd) => {
    calls.push(cmd);
    switch (cmd) {
      case "window_title":
        return { neutral: null };
      case "helplines":
        return [];
      case "vault_overview":
        return {
          keyring: { status: "usable" },
          cases: [],
          open_case: open ? info.code : null,
          min_passphrase_chars: 8,
        };
      case "current_case":
        return info;
      case "case_links":
        return { links: [], platform_names: {} };
      case "requests_progress":
        return progress;
      case "lock_case":
        open = false;
        return null;
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  }, { shouldMockEvents: true });
});

afterEach(() => {
  cleanup();
  clearMocks();
});

async function reachOpenCase() {
  render(App);
  await fireEvent.click(screen.getByRole("button", { name: "Start when you are ready" }));
  // "What is happening?": images that were shared (the flow tested here).
  await fireEvent.click(screen.getByLabelText(/were shared without my consent/));
  await fireEvent.click(screen.getByRole("button", { name: "Continue" }));
  await fireEvent.click(screen.getByRole("button", { name: "No, 18 or older" }));
  await fireEvent.click(screen.getByRole("button", { name: "Create or open your case" }));
  await waitFor(() => expect(screen.getByRole("navigation", { name: "Steps of your case" })).toBeTruthy());
}

test("with a case open, every step is one click away and the current one is marked", async () => {
  await reachOpenCase();
  const current = screen.getByRole("button", { current: "step" });
  expect(current.textContent).toContain("Your case");

  await fireEvent.click(screen.getByRole("button", { name: /Where are the images\?/ }));
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Where are the images?");
  expect(screen.getByRole("button", { current: "step" }).textContent).toContain("Where are the images?");
});

test("continue later locks the case, hides the steps and says nothing is lost", async () => {
  await reachOpenCase();
  await fireEvent.click(screen.getByRole("button", { name: "Continue later" }));

  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/Everything you recorded is kept/));
  expect(screen.getByRole("status").textContent).toMatch(/You can close Reclaim now/);
  expect(calls).toContain("lock_case");
  expect(screen.queryByRole("navigation", { name: "Steps of your case" })).toBeNull();
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Your case");
});

test("on a narrow window the list folds into one line that says where she is and opens it", async () => {
  await reachOpenCase();
  await fireEvent.click(screen.getByRole("button", { name: /Where are the images\?/ }));
  const toggle = screen.getByRole("button", { name: /Step 2 of 7: Where are the images\?/ });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  expect(toggle.getAttribute("aria-controls")).toBe("step-list");

  await fireEvent.click(toggle);
  expect(toggle.getAttribute("aria-expanded")).toBe("true");

  // Choosing a step goes there and folds the list again.
  await fireEvent.click(screen.getByRole("button", { name: /Your case/ }));
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Your case");
  // (The case screen checks the case is still open before showing the steps again.)
  const folded = await screen.findByRole("button", { name: /Step 1 of 7: Your case/ });
  expect(folded.getAttribute("aria-expanded")).toBe("false");
});

test("the top bar and the steps sit in one sticky block, so Quick exit stays in view", async () => {
  await reachOpenCase();
  const head = document.querySelector(".sticky-head");
  expect(head?.contains(screen.getByRole("button", { name: /Quick exit/ }))).toBe(true);
  expect(head?.contains(screen.getByRole("navigation", { name: "Steps of your case" }))).toBe(true);
});

test("no two steps have the same name, in any language", async () => {
  for (const lang of LOCALES) {
    locale.set(lang);
    const names = CASE_STEPS.map((step) => get(t)(`step-${step}`));
    expect(new Set(names).size, `${lang}: ${names.join(" | ")}`).toBe(CASE_STEPS.length);
  }
});

describe("requests sent, beside Requests in the step list", () => {
  const shown = () => document.querySelector("[data-step-progress=requests]")?.textContent?.trim() ?? null;
  const nav = (current: CaseStep) =>
    render(StepNav, { props: { current, steps: CASE_STEPS, ongo: () => {}, onlater: () => {} } });

  test("the core's count shows as '2 of 6 sent' and follows a request marked sent", async () => {
    nav("links");
    await waitFor(() => expect(shown()).toBe("· 2 of 6 sent"));
    expect(calls).toContain("requests_progress");
    // The Requests screen passes on the core's answer after "I have sent it".
    requestsProgress.set({ sent: 3, total: 6 });
    await waitFor(() => expect(shown()).toBe("· 3 of 6 sent"));
  });

  test("it is asked again when the step changes", async () => {
    const view = nav("links");
    await waitFor(() => expect(shown()).toBe("· 2 of 6 sent"));
    progress = { sent: 4, total: 6 };
    await view.rerender({ current: "requests", steps: CASE_STEPS, ongo: () => {}, onlater: () => {} });
    await waitFor(() => expect(shown()).toBe("· 4 of 6 sent"));
  });

  test("nothing is shown before there is a request to send", async () => {
    progress = { sent: 0, total: 0 };
    nav("links");
    await waitFor(() => expect(calls).toContain("requests_progress"));
    expect(shown()).toBeNull();
  });

  test("French agrees with the number: 'envoyée' for one, 'envoyées' for more", async () => {
    locale.set("fr");
    progress = { sent: 1, total: 6 };
    nav("links");
    await waitFor(() => expect(shown()).toBe("· 1 sur 6 envoyée"));
    requestsProgress.set({ sent: 2, total: 6 });
    await waitFor(() => expect(shown()).toBe("· 2 sur 6 envoyées"));
  });
});
