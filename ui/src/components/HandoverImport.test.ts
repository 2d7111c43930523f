// Opening a hand-over file in the app, against a mocked backend: the file is
// picked in the system dialog (only its name reaches the page), the two
// passphrases are asked, and the case opens.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import HandoverImport from "./HandoverImport.svelte";
import { locale } from "../lib/i18n";

let calls: Record<string, unknown>[] = [];

beforeEach(() => {
  locale.set("en");
  calls = [];
  mockIPC((cmd, args) => {
    if (cmd === "pick_paths") return { token: "t-handover", names: ["reclaim-handover-K7.age"] };
    if (cmd === "import_handover") {
      calls.push(args as Record<string, unknown>);
      if ((args as Record<string, unknown>).handoverPassphrase === "wrong") {
        throw { kind: "wrong_secret", message: "no" };
      }
      return { code: "K7", label: "from the counsellor", minor: false };
    }
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("hand-over import", () => {
  test("pick the file, give both passphrases, and the case opens", async () => {
    const opened: unknown[] = [];
    render(HandoverImport, { minChars: 8, onopened: (info: unknown) => opened.push(info) });
    await fireEvent.click(screen.getByText("Open a hand-over file from another computer"));
    await fireEvent.click(screen.getByRole("button", { name: "Choose the hand-over file" }));
    await screen.findByText("File: reclaim-handover-K7.age");

    await fireEvent.input(screen.getByLabelText("The passphrase of the hand-over file"), {
      target: { value: "wrong" },
    });
    await fireEvent.input(screen.getByLabelText(/Choose a passphrase of at least 8/), {
      target: { value: "a new passphrase" },
    });
    await fireEvent.input(screen.getByLabelText("The same passphrase again"), {
      target: { value: "a new passphrase" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Open the case here" }));
    // A wrong passphrase says so, in words, and nothing opens.
    await screen.findByRole("alert");
    expect(screen.getByRole("alert").textContent).toContain("passphrase did not open");
    expect(opened).toEqual([]);
    expect(calls[0]).toEqual({
      token: "t-handover",
      handoverPassphrase: "wrong",
      newPassphrase: "a new passphrase",
    });

    // The token was used: the file is picked again, then it opens.
    await fireEvent.click(screen.getByRole("button", { name: "Choose the hand-over file" }));
    await fireEvent.input(
      await screen.findByLabelText("The passphrase of the hand-over file"),
      { target: { value: "right" } },
    );
    await fireEvent.input(screen.getByLabelText(/Choose a passphrase of at least 8/), {
      target: { value: "a new passphrase" },
    });
    await fireEvent.input(screen.getByLabelText("The same passphrase again"), {
      target: { value: "a new passphrase" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Open the case here" }));
    await waitFor(() => expect(opened).toHaveLength(1));
  });
});
