// "Time-stamp my records", against a mocked backend: off by default, says
// which services are free and that only a fingerprint leaves, turns on with
// the service chosen, and a failed time-stamp is a quiet note.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import TimeStampingSettings from "./TimeStampingSettings.svelte";
import { locale } from "../lib/i18n";

const authorities = [
  { id: "open-tsa", name: "Open TSA", url: "https://tsa.example", free: true, verified: true, source: "s", checked: "2026-11-29", note: null },
  { id: "sectigo", name: "Sectigo", url: "http://ts.example", free: null, verified: true, source: "s", checked: "2026-11-29", note: null },
];
let choice: { tsa_id: string; tsa_url: string } | null = null;
let last: unknown = null;
let set: (string | null)[] = [];

beforeEach(() => {
  locale.set("en");
  choice = null;
  last = null;
  set = [];
  mockIPC((cmd, args) => {
    if (cmd === "time_stamping") return { choice, authorities, last };
    if (cmd === "set_time_stamping") {
      const id = (args as { tsaId: string | null }).tsaId;
      set.push(id);
      choice = id ? { tsa_id: id, tsa_url: "x" } : null;
      return { choice, authorities, last };
    }
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  clearMocks();
  cleanup();
});

describe("time-stamp my records", () => {
  test("off by default; says what leaves and which services are free; turns on with the one chosen", async () => {
    render(TimeStampingSettings);
    await waitFor(() => screen.getByRole("button", { name: "Turn on time-stamps" }));
    expect(screen.getByText(/Only a fingerprint \(SHA-256\)/)).toBeTruthy();
    expect(screen.getByRole("option", { name: /Open TSA · free/ })).toBeTruthy();
    expect(screen.getByRole("option", { name: /Sectigo · cost not stated/ })).toBeTruthy();
    expect(set).toEqual([]);
    await fireEvent.click(screen.getByRole("button", { name: "Turn on time-stamps" }));
    await waitFor(() => screen.getByText("Your records are time-stamped by Open TSA."));
    expect(set).toEqual(["open-tsa"]);
    const off = screen.getByRole("button", { name: "Turn off time-stamps" }) as HTMLButtonElement;
    await waitFor(() => expect(off.disabled).toBe(false));
    await fireEvent.click(off);
    await waitFor(() => screen.getByRole("button", { name: "Turn on time-stamps" }));
    expect(set).toEqual(["open-tsa", null]);
  });

  test("a time-stamp that could not be made is a quiet note", async () => {
    choice = { tsa_id: "sectigo", tsa_url: "x" };
    last = { tsa: null, gen_time: null, error: { kind: "network", message: "offline" } };
    render(TimeStampingSettings);
    await waitFor(() => screen.getByText(/Nothing is lost: the next one will cover it/));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
