// "What is happening?": more than one answer may apply, the choice comes back
// when the question is asked again, and "live, now" leads to the emergency
// numbers and nothing else.

import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import SituationQuestion from "./SituationQuestion.svelte";
import EmergencyScreen from "./EmergencyScreen.svelte";
import { locale } from "../lib/i18n";
import { SITUATIONS, isEmergency } from "../lib/situations";
import type { Situation } from "../bindings/Situation";

beforeEach(() => locale.set("en"));
afterEach(cleanup);

describe("What is happening?", () => {
  test("offers the six situations in plain words, more than one at a time", async () => {
    let answer: Situation[] = [];
    render(SituationQuestion, { onanswer: (a: Situation[]) => (answer = a), onback: () => {} });
    expect(SITUATIONS).toEqual([
      "shared",
      "threatened",
      "fake",
      "child_photos",
      "dont_know_where",
      "live_now",
    ]);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("What is happening?");
    const next = screen.getByRole("button", { name: "Continue" }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    await fireEvent.click(screen.getByLabelText(/threatens to share/));
    await fireEvent.click(screen.getByLabelText(/fake sexual images/));
    expect(next.disabled).toBe(false);
    await fireEvent.click(next);
    expect(answer).toEqual(["threatened", "fake"]);
    expect(isEmergency(answer)).toBe(false);
  });

  test("shows the earlier answer again, so it can be changed", () => {
    render(SituationQuestion, {
      chosen: ["fake"],
      onanswer: () => {},
      onback: () => {},
    });
    expect((screen.getByLabelText(/fake sexual images/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/threatens/) as HTMLInputElement).checked).toBe(false);
  });

  test("live, now: the emergency numbers alone", () => {
    expect(isEmergency(["shared", "live_now"])).toBe(true);
    render(EmergencyScreen, { onback: () => {} });
    const items = screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(items).toHaveLength(3);
    expect(items[0]).toContain("112");
    expect(items[1]).toContain("101");
    expect(items[2]).toContain("116 000");
    // One way back, nothing else to click.
    expect(screen.getAllByRole("button")).toHaveLength(1);
    expect(screen.queryAllByRole("link")).toHaveLength(0);
  });
});
