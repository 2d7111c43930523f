// The first screen as a person meets it, with the Rust side replaced by
// @tauri-apps/api's IPC mock (no Tauri runtime exists under Vitest).

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { get } from "svelte/store";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import App from "./App.svelte";
import type { Helpline } from "./bindings/Helpline";
import { locale } from "./lib/i18n";

const childFocus: Helpline = {
  id: "child_focus",
  name: "Child Focus",
  phone: "116 000",
  email: "116000@childfocus.org",
  audience: "minors",
  languages: ["fr", "nl"],
  free: true,
  hours: "always",
  purpose: "minors",
  urgent: false,
  source: "https://igvm-iefh.belgium.be/uk/node/53209",
  checked: "2026-11-23",
  verified: true,
  not_for_emergencies: false,
};

let calls: string[];
let titleArgs: unknown[];
let stepsArgs: unknown[] = [];

beforeEach(() => {
  calls = [];
  titleArgs = [];
  locale.set("en");
  mockIPC((cmd, args) => {
    calls.push(cmd);
    titleArgs.push(cmd === "set_window_title" ? args : null);
    if (cmd === "helplines") return [childFocus];
    if (cmd === "quick_exit") return null;
    if (cmd === "window_title") return { neutral: null };
    if (cmd === "set_window_title") return { neutral: (args as { neutral: string | null }).neutral };
    if (cmd === "case_steps") {
      // As the core's flow gives them (app/flow.rs): a child's photos, links only.
      stepsArgs.push(args);
      return ["case", "links", "hotline", "file"];
    }
    throw new Error(`unexpected command ${cmd}`);
  }, { shouldMockEvents: true });
});

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("safety screen", () => {
  test("says images never leave the computer and lists helplines from Rust", async () => {
    render(App);
    expect(screen.getByText(/Your images never leave this computer/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText("Child Focus")).toBeTruthy());
    expect(screen.getByText("Call 116 000")).toBeTruthy();
    expect(screen.getByText("Day and night, every day · Languages: Français, Nederlands")).toBeTruthy();
  });

  test("Esc is a quick exit: the window is asked to hide and the first screen returns", async () => {
    render(App);
    await fireEvent.click(screen.getByRole("button", { name: "Start when you are ready" }));
    // "What is happening?": images that were shared (the flow tested here).
    await fireEvent.click(screen.getByLabelText(/were shared without my consent/));
    await fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    expect(screen.getByText(/under 18 when they were taken/)).toBeTruthy();

    await fireEvent.keyDown(window, { key: "Escape" });

    await waitFor(() => expect(calls).toContain("quick_exit"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toMatch(/You are not alone/);
  });

  test("the quick-exit button works with one click, without confirmation", async () => {
    render(App);
    await fireEvent.click(screen.getByRole("button", { name: /Quick exit/ }));
    await waitFor(() => expect(calls).toContain("quick_exit"));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("switching language changes the whole screen", async () => {
    render(App);
    const select = screen.getByLabelText("Language") as HTMLSelectElement;
    await fireEvent.change(select, { target: { value: "nl" } });
    expect(get(locale)).toBe("nl");
    expect(screen.getByRole("button", { name: /Snel weg/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe("nl");
  });

  test("Start comes before the helplines, so the helplines never push it down", async () => {
    render(App);
    await waitFor(() => expect(screen.getByText("Child Focus")).toBeTruthy());
    const start = screen.getByRole("button", { name: "Start when you are ready" });
    const helplines = document.getElementById("helplines")!;
    expect(start.compareDocumentPosition(helplines) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The link under Start leads to the helplines for whoever wants to talk first.
    const link = screen.getByRole("link", { name: /talk to someone first/ });
    expect(link.getAttribute("href")).toBe("#helplines-title");
  });

  test("a helpline's e-mail address is its own line, free to wrap inside the card", async () => {
    render(App);
    const email = await screen.findByText("E-mail 116000@childfocus.org");
    expect(email.classList.contains("email")).toBe(true);
    expect(email.closest("[data-helpline]")?.getAttribute("data-helpline")).toBe("child_focus");
  });

  test("a parent about a child's photos is not asked the age, and sees the steps of that branch", async () => {
    stepsArgs = [];
    render(App);
    await fireEvent.click(screen.getByRole("button", { name: "Start when you are ready" }));
    await fireEvent.click(screen.getByLabelText(/Photos of my child/));
    await fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    expect(screen.queryByText(/under 18 when they were taken/)).toBeNull();
    expect(screen.getByText(/keeps only the links, never a photo/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/A short report with the links for the hotline/)).toBeTruthy());
    expect(screen.queryByText(/fingerprints of them here/)).toBeNull();
    expect(stepsArgs.at(-1)).toEqual({ situations: ["child_photos"], minor: true });
  });

  test("a person unsure of the age is routed to Child Focus", async () => {
    render(App);
    await fireEvent.click(screen.getByRole("button", { name: "Start when you are ready" }));
    // "What is happening?": images that were shared (the flow tested here).
    await fireEvent.click(screen.getByLabelText(/were shared without my consent/));
    await fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    await fireEvent.click(screen.getByRole("button", { name: "I am not sure" }));
    expect(screen.getByText(/call 116 000/)).toBeTruthy();
  });
});

describe("neutral window title", () => {
  test("one tick names the window with a neutral word in the person's language", async () => {
    locale.set("de");
    render(App);
    const toggle = (await screen.findByLabelText(/Dieses Fenster „Notizen“/)) as HTMLInputElement;
    expect(toggle.checked).toBe(false);

    await fireEvent.click(toggle);

    await waitFor(() => expect(titleArgs).toContainEqual({ neutral: "Notizen" }));
    expect(toggle.checked).toBe(true);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
