// "Find who hosts this site" on the Requests screen's card of a site Reclaim
// does not know, against a mocked backend: nothing is asked before she has
// read what leaves the computer and confirmed; then the host, its abuse
// address and where it came from, and the request addressed to it. A lookup
// that found nothing says so and what to do instead.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import RequestsScreen from "../screens/RequestsScreen.svelte";
import { locale, LOCALES } from "../lib/i18n";

const HOST = "unknown-site.example";
const ABUSE = "abuse@badhost.example";
const base = {
  platform: "unknown",
  platform_name: HOST,
  legal_basis: ["platform_policy"],
  language: "en",
  subject: "Intimate images shared without my consent",
  body: "Hello,\nplease remove https://unknown-site.example/p/1",
  fields: {},
  urls: ["https://unknown-site.example/p/1"],
  stage: "first",
  warnings: [],
  verified: false,
  to_fill: [],
};
const findContact = {
  ...base,
  channel: { type: "find_contact", steps: ["Look at the bottom of the site.", 'Press "Find who hosts this site".'] },
};
const toHost = { ...base, channel: { type: "email", address: ABUSE }, mailto: `mailto:${ABUSE}` };
const lookup = {
  id: 1,
  url_id: 7,
  host: HOST,
  hosting: { name: "Bad Hosting Ltd", abuse_email: ABUSE, handle: "NET-1", source: "https://rdap.example/ip/185.199.1.1" },
  registrar: null,
  cdn: null,
  servers: ["https://rdap.example/"],
  looked_up_at: "2026-11-29T10:00:00Z",
};

let calls: { cmd: string; args: Record<string, unknown> }[] = [];
let found = false;
let fails = false;

function view() {
  return {
    missing: [],
    no_links: false,
    problems: [],
    requests: [{ request: found ? toHost : findContact }],
    unknown_sites: [{ host: HOST, url_id: 7, lookup: found ? lookup : undefined }],
  };
}

beforeEach(() => {
  locale.set("en");
  calls = [];
  found = false;
  fails = false;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    if (cmd === "case_requests") return view();
    if (cmd === "look_up_host") {
      if (fails) throw { kind: "host_not_found", message: "no abuse address was found" };
      found = true;
      return view();
    }
    throw new Error(`unexpected ${cmd}`);
  });
});

afterEach(() => {
  clearMocks();
  cleanup();
});

const asked = () => calls.filter((c) => c.cmd === "look_up_host");

describe("find who hosts this site", () => {
  test("says what leaves the computer before anything is sent; 'Not now' sends nothing", async () => {
    render(RequestsScreen);
    const start = await screen.findByRole("button", { name: "Find who hosts this site" });
    await fireEvent.click(start);
    const warning = screen.getByText(/What leaves your computer/);
    expect(warning.textContent).toContain(HOST);
    expect(warning.textContent).toContain("The site itself is not contacted");
    expect(warning.textContent).toContain("IP address");
    expect(asked()).toEqual([]);
    await fireEvent.click(screen.getByRole("button", { name: "Not now" }));
    expect(asked()).toEqual([]);
    expect(screen.queryByText(/What leaves your computer/)).toBeNull();
  });

  test("after she confirms: the host, its abuse address, where it came from, and the request addressed to it", async () => {
    render(RequestsScreen);
    await fireEvent.click(await screen.findByRole("button", { name: "Find who hosts this site" }));
    await fireEvent.click(screen.getByRole("button", { name: "Look it up now" }));
    await waitFor(() => screen.getByText("Bad Hosting Ltd"));
    expect(asked()).toEqual([{ cmd: "look_up_host", args: { urlId: 7 } }]);
    expect(document.querySelector("[data-abuse-email]")?.textContent).toBe(ABUSE);
    expect(screen.getByText("https://rdap.example/ip/185.199.1.1")).toBeTruthy();
    expect(screen.getByText(`Your request below is now addressed to ${ABUSE}.`)).toBeTruthy();
    // The request itself: an e-mail to the host's address.
    const to = screen.getByRole("region", { name: "To" });
    expect(to.textContent).toBe(ABUSE);
  });

  test("a lookup that found nothing says so and what to do instead; nothing is shown as found", async () => {
    fails = true;
    render(RequestsScreen);
    await fireEvent.click(await screen.findByRole("button", { name: "Find who hosts this site" }));
    await fireEvent.click(screen.getByRole("button", { name: "Look it up now" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("found no address to write to about this site");
    expect(screen.getByText(/You can still write to the site itself/)).toBeTruthy();
    expect(document.querySelector("[data-abuse-email]")).toBeNull();
    expect(screen.getByRole("button", { name: "Find who hosts this site" })).toBeTruthy();
  });

  test("the request's steps name the button by its real label, in every language", () => {
    for (const lang of LOCALES) {
      const label = /^host-lookup-button = (.*)$/m.exec(
        readFileSync(resolve(process.cwd(), `src/locales/${lang}/requests.ftl`), "utf8"),
      )?.[1];
      const step = /^steps-find-contact-2 = (.*)$/m.exec(
        readFileSync(resolve(process.cwd(), `../src-tauri/core/data/requests/${lang}/guidance.ftl`), "utf8"),
      )?.[1];
      expect(label, lang).toBeTruthy();
      expect(step, lang).toContain(label);
    }
  });
});
