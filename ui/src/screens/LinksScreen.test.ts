// "Where are the images?" against a mocked backend (no Tauri runtime under
// Vitest): refusals are explained in the person's language, and what she
// pasted is never lost when something fails.

import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import LinksScreen from "./LinksScreen.svelte";
import { locale } from "../lib/i18n";

const pasted = "https://x.com/a/status/1\njavascript:alert(1)";
let saveFails = false;
let lookalike = false;
let saved: string[] = [];
let removed: number[] = [];
// The links draft as the encrypted case holds it.
let draft = "";
let corrected: Record<string, unknown>[] = [];

beforeEach(() => {
  locale.set("nl");
  saveFails = false;
  lookalike = false;
  saved = [];
  removed = [];
  draft = "";
  corrected = [];
  mockIPC((cmd, args) => {
    if (cmd === "links_draft") return draft;
    if (cmd === "save_links_draft") {
      draft = (args as { text: string }).text;
      return null;
    }
    if (cmd === "case_links") return { links: [], platform_names: {} };
    if (cmd === "case_evidence") return [];
    if (cmd === "check_links")
      return {
        items: [
          {
            line: 1,
            input: "https://x.com/a/status/1",
            url: "https://x.com/a/status/1",
            dedupe_key: "x.com/a/status/1",
            platform: "x",
            kind: "post",
            host: "x.com",
            host_class: "web",
            host_unicode: null,
            warnings: [],
            duplicate_of: null,
            error: null,
          },
          {
            line: 2,
            input: "javascript:alert(1)",
            url: null,
            dedupe_key: null,
            platform: "unknown",
            kind: "unknown",
            host: null,
            host_class: null,
            host_unicode: null,
            warnings: [],
            duplicate_of: null,
            error: { reason: "unsupported_scheme", message: "not http(s)" },
          },
          ...(lookalike
            ? [
                {
                  line: 3,
                  input: "https://\u0131nstagram.com/p/1",
                  url: "https://xn--nstagram-t2a.com/p/1",
                  dedupe_key: "xn--nstagram-t2a.com/p/1",
                  platform: "unknown",
                  kind: "unknown",
                  host: "xn--nstagram-t2a.com",
                  host_class: null,
                  host_unicode: "\u0131nstagram.com",
                  warnings: ["international_host", "imitates_known_site"],
                  imitates: "instagram.com",
                  duplicate_of: null,
                  error: null,
                },
              ]
            : []),
        ],
        platform_names: { x: "X (Twitter)" },
      };
    if (cmd === "save_links") {
      if (saveFails) throw { kind: "locked", message: "no case is open" };
      saved.push((args as { text: string }).text);
      return {
        platform_names: { x: "X (Twitter)" },
        links: [
        {
          id: 1,
          original: "https://x.com/a/status/1",
          normalised: "https://x.com/a/status/1",
          platform: "x",
          kind: "post",
          found_at: null,
          how_found: null,
          notes: null,
          added_at: "2026-11-23T18:00:00Z",
          history: [],
        },
        ],
      };
    }
    if (cmd === "correct_link") {
      corrected.push(args as Record<string, unknown>);
      return {
        platform_names: {},
        links: [
          {
            id: 2,
            original: (args as { url: string }).url,
            normalised: null,
            platform: "unknown",
            kind: "unknown",
            found_at: null,
            how_found: null,
            notes: null,
            added_at: "2026-11-23T18:00:00Z",
            history: [],
          },
        ],
      };
    }
    if (cmd === "remove_link") {
      removed.push((args as { id: number }).id);
      return { platform_names: {}, links: [] };
    }
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  cleanup();
  clearMocks();
});

async function pasteAndCheck() {
  render(LinksScreen);
  const box = document.getElementById("links-text") as HTMLTextAreaElement;
  await fireEvent.input(box, { target: { value: pasted } });
  await fireEvent.click(screen.getByRole("button", { name: "Links nakijken" }));
  await waitFor(() => screen.getByText("Eén link kan bewaard worden"));
  return box;
}

describe("links screen", () => {
  test("shows the platform of each link and why a line was refused, in Dutch", async () => {
    await pasteAndCheck();
    expect(screen.getByText("X (Twitter)")).toBeTruthy();
    expect(screen.getByText(/Dit is geen webadres/)).toBeTruthy();
  });

  test("a site name that only looks like a known one says which one it imitates", async () => {
    lookalike = true;
    render(LinksScreen);
    const box = document.getElementById("links-text") as HTMLTextAreaElement;
    await fireEvent.input(box, { target: { value: pasted } });
    await fireEvent.click(screen.getByRole("button", { name: "Links nakijken" }));
    await waitFor(() => screen.getByText(/Deze sitenaam lijkt alleen op/));
    expect(screen.getByText(/lijkt alleen op .?instagram\.com/).textContent).toContain("valse kopie");
  });

  test("keeping the links sends the pasted text and lists what the case holds", async () => {
    await pasteAndCheck();
    await fireEvent.click(screen.getByRole("button", { name: "Deze link in het dossier bewaren" }));
    await waitFor(() => expect(document.getElementById("links-saved")).toBeTruthy());
    expect(saved).toEqual([pasted]);
    const kept = document.getElementById("links-saved")!.textContent;
    expect(kept).toContain("https://x.com/a/status/1");
    expect(kept).toContain("X (Twitter)");
  });

  test("when keeping fails, the message is in Dutch and the pasted text is still there", async () => {
    const box = await pasteAndCheck();
    saveFails = true;
    await fireEvent.click(screen.getByRole("button", { name: "Deze link in het dossier bewaren" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/vergrendeld/));
    expect(box.value).toBe(pasted);
  });

  test("a kept link can be removed after a question that says the case keeps a note of it", async () => {
    await pasteAndCheck();
    await fireEvent.click(screen.getByRole("button", { name: "Deze link in het dossier bewaren" }));
    await waitFor(() => expect(document.getElementById("links-saved")).toBeTruthy());
    await fireEvent.click(screen.getByRole("button", { name: "Deze link verwijderen" }));
    expect(screen.getByText(/houdt bij dat hij er was/)).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Behouden" }));
    expect(removed).toEqual([]);
    await fireEvent.click(screen.getByRole("button", { name: "Deze link verwijderen" }));
    await fireEvent.click(screen.getByRole("button", { name: "Verwijderen" }));
    await waitFor(() => expect(document.getElementById("links-saved")).toBeNull());
    expect(removed).toEqual([1]);
  });

  test("links pasted and not kept are back, checked, after leaving the screen", async () => {
    await pasteAndCheck();
    cleanup();
    expect(draft).toBe(pasted);
    render(LinksScreen);
    await waitFor(() => screen.getByText("Eén link kan bewaard worden"));
    expect((document.getElementById("links-text") as HTMLTextAreaElement).value).toBe(pasted);
    expect(document.getElementById("links-draft-back")!.textContent).toMatch(/nog niet bewaard/);
    await fireEvent.click(screen.getByRole("button", { name: "Deze link in het dossier bewaren" }));
    await waitFor(() => expect(document.getElementById("links-saved")).toBeTruthy());
    expect(document.getElementById("links-draft-back")).toBeNull();
  });

  test("'Correct this link' replaces a link typed wrong in one step, after saying a note stays", async () => {
    await pasteAndCheck();
    await fireEvent.click(screen.getByRole("button", { name: "Deze link in het dossier bewaren" }));
    await waitFor(() => expect(document.getElementById("links-saved")).toBeTruthy());
    await fireEvent.click(document.querySelector("[data-correct-link='1']")!);
    expect(document.getElementById("link-1-correct-question")!.textContent).toMatch(/houdt bij dat hij er was/);
    await fireEvent.click(document.getElementById("link-1-correct-cancel")!);
    expect(corrected).toEqual([]);

    await fireEvent.click(document.querySelector("[data-correct-link='1']")!);
    const input = document.getElementById("link-1-correct-input") as HTMLInputElement;
    expect(input.value).toBe("https://x.com/a/status/1");
    await fireEvent.input(input, { target: { value: "https://example.org/post/1" } });
    await fireEvent.click(document.getElementById("link-1-correct-confirm")!);
    await waitFor(() => screen.getByText("https://example.org/post/1"));
    expect(corrected).toEqual([{ id: 1, url: "https://example.org/post/1" }]);
  });
});
