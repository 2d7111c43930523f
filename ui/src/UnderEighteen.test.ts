// The under-18 route as a person meets it: the question is about the age when
// the images were taken; the route says what to do now and what never to do,
// names each service with its number and address, acknowledges "not sure",
// speaks to a young person and to an adult, and leads on to a case that keeps
// links only. The Rust side is @tauri-apps/api's IPC mock (no Tauri runtime
// exists under Vitest).

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import App from "./App.svelte";
import { LOCALES, locale } from "./lib/i18n";

let created: Record<string, unknown>[];
let open: boolean;

const minorCase = {
  code: "M4NR-7QXD",
  label: "links",
  language: "en",
  contact_name: null,
  contact_email: null,
  country: "BE",
  minor: true,
  created_at: "2026-11-29T01:00:00Z",
  updated_at: "2026-11-29T01:00:00Z",
};

let stepsAsked: { situations: string[]; minor: boolean }[] = [];

beforeEach(() => {
  stepsAsked = [];
  created = [];
  open = false;
  locale.set("en");
  mockIPC(
    (cmd, args) => {
      switch (cmd) {
        case "helplines":
          return [];
        case "window_title":
          return { neutral: null };
        case "vault_overview":
          return {
            keyring: { status: "unavailable", reason: "none here" },
            cases: [],
            open_case: open ? minorCase.code : null,
            min_passphrase_chars: 8,
          };
        case "create_case":
          created.push((args as { case: Record<string, unknown> }).case);
          open = true;
          return minorCase;
        case "current_case":
          return minorCase;
        case "case_links":
          return { links: [], platform_names: {} };
        case "case_steps": {
          // The core's flow (app/flow.rs, case_steps): a minor's case keeps links only.
          const asked = args as { situations: string[]; minor: boolean };
          stepsAsked.push(asked);
          return asked.minor ? ["case", "links", "file"] : ["case", "links", "images", "copies", "requests", "followup", "file"];
        }
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

async function answer(choice: string) {
  render(App);
  await fireEvent.click(screen.getByRole("button", { name: "Start when you are ready" }));
  // "What is happening?": images that were shared (the flow tested here).
  await fireEvent.click(screen.getByLabelText(/were shared without my consent/));
  await fireEvent.click(screen.getByRole("button", { name: "Continue" }));
  expect(screen.getByText(/under 18 when they were taken\?/)).toBeTruthy();
  await fireEvent.click(screen.getByRole("button", { name: choice }));
}

describe("under-18 route", () => {
  test("says what to do now, with each service's number and address", async () => {
    await answer("Yes, under 18");
    const now = screen.getByRole("region", { name: "What you can do now" });
    expect(within(now).getByText(/call 116 000 \(free, day and night\)/).textContent).toContain(
      "116000@childfocus.org",
    );
    expect(within(now).getByText(/Report the links to Child Focus at childfocus\.be/)).toBeTruthy();
    expect(within(now).getByText(/Take It Down \(takeitdown\.ncmec\.org\)/)).toBeTruthy();
    // Both readers are spoken to: a young person and an adult today.
    expect(within(now).getByRole("heading", { name: "If you are under 18 today" })).toBeTruthy();
    expect(within(now).getByRole("heading", { name: "If you are 18 or older today" })).toBeTruthy();
    expect(within(now).getByText(/also for adults, about images taken before 18/)).toBeTruthy();
  });

  test("says never to save, forward or screenshot the images, and why the links are enough", async () => {
    await answer("Yes, under 18");
    const never = screen.getByRole("region", { name: "What never to do" });
    const items = within(never)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "Do not save or download the images, not even as proof.",
      "Do not forward or share them, not even with someone who wants to help.",
      "Do not take screenshots of them.",
    ]);
    expect(within(never).getByText(/the links \(web addresses\) are enough/)).toBeTruthy();
  });

  test("'not sure' is acknowledged kindly; a clear 'yes' is not told it was unsure", async () => {
    await answer("I am not sure");
    expect(screen.getByText(/You are not sure, and that is all right/)).toBeTruthy();
    cleanup();
    await answer("Yes, under 18");
    expect(screen.queryByText(/You are not sure/)).toBeNull();
  });

  test("leads on to a case that keeps links only: created as a minor's case, with three steps", async () => {
    await answer("I am not sure");
    await fireEvent.click(screen.getByRole("button", { name: "Keep the links, without images" }));
    expect(screen.getByText(/This case keeps links only/)).toBeTruthy();

    await fireEvent.input(await screen.findByLabelText(/A name for this case/), { target: { value: "links" } });
    await fireEvent.input(screen.getByLabelText(/Choose a passphrase/), {
      target: { value: "a long passphrase" },
    });
    await fireEvent.input(screen.getByLabelText("The same passphrase again"), {
      target: { value: "a long passphrase" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Create the case" }));

    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0].minor).toBe(true);
    const nav = await screen.findByRole("navigation", { name: "Steps of your case" });
    const steps = within(nav)
      .getAllByRole("listitem")
      .map((li) => li.textContent?.replace(/^\s*\d\s*/, "").trim());
    expect(steps).toEqual(["Your case", "Where are the images?", "Your file"]);
    // The steps were asked of the core for this case: a minor's.
    expect(stepsAsked.at(-1)?.minor).toBe(true);
  });

  test("the route reads in every language without a missing message", async () => {
    for (const lang of LOCALES) {
      locale.set(lang);
      render(App);
      await fireEvent.click(document.getElementById("start")!);
      await fireEvent.click(document.getElementById("situation-shared")!);
      await fireEvent.click(document.getElementById("situation-continue")!);
      await fireEvent.click(document.getElementById("age-unsure")!);
      const text = document.querySelector("main")!.textContent ?? "";
      expect(text, lang).toContain("116 000");
      expect(text, lang).toContain("childfocus.be");
      expect(text, lang).toContain("takeitdown.ncmec.org");
      expect(document.getElementById("minor-unsure"), lang).toBeTruthy();
      expect(text, lang).not.toMatch(/—|\{ ?\$/);
      cleanup();
    }
  });
});
