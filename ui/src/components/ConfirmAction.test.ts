// The one "ask first, then act" control: only "yes" acts, "no" changes
// nothing and closes the question, and the opening button carries what a
// test or a screen passes to it.

import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { afterEach, describe, expect, test } from "vitest";
import ConfirmAction from "./ConfirmAction.svelte";

afterEach(() => cleanup());

function setup() {
  let acted = 0;
  render(ConfirmAction, {
    props: {
      id: "thing-remove",
      label: "Remove this",
      question: "Take this out? A note that it was there stays.",
      confirmLabel: "Remove it",
      cancelLabel: "Keep it",
      onconfirm: () => (acted += 1),
      "data-remove-thing": "7",
    },
  });
  return { acted: () => acted };
}

describe("confirm action", () => {
  test("the question comes first; cancel does nothing and closes it", async () => {
    const { acted } = setup();
    expect(document.getElementById("thing-remove-question")).toBeNull();
    await fireEvent.click(document.querySelector("[data-remove-thing='7']")!);
    expect(document.getElementById("thing-remove-question")!.textContent).toMatch(/note that it was there/);
    await fireEvent.click(document.getElementById("thing-remove-cancel")!);
    expect(acted()).toBe(0);
    expect(document.getElementById("thing-remove-question")).toBeNull();
    expect(document.getElementById("thing-remove")).toBeTruthy();
  });

  test("confirm acts once and closes the question", async () => {
    const { acted } = setup();
    await fireEvent.click(document.getElementById("thing-remove")!);
    await fireEvent.click(document.getElementById("thing-remove-confirm")!);
    expect(acted()).toBe(1);
    expect(document.getElementById("thing-remove-confirm")).toBeNull();
  });
});
