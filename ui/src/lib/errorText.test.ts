import { describe, expect, test } from "vitest";
import { errorText } from "./errorText";
import { translate, type Translate } from "./i18n";

const en: Translate = (id, args) => translate("en", id, args);
const nl: Translate = (id, args) => translate("nl", id, args);

describe("errorText", () => {
  test("names the field and the limit when the core says which", () => {
    const cause = {
      kind: "text_too_long",
      message: "the note is longer than 20000",
      detail: { type: "too_long", field: "note", max: 20000 },
    };
    // Fluent groups the digits the language's way (20,000 / 20.000).
    expect(errorText(en, cause)).toMatch(/^Note: at most 20\D?000 characters, please\.$/);
    expect(errorText(nl, cause)).toMatch(/^Notitie: maximaal 20\D?000 tekens, alsjeblieft\.$/);
  });

  test("a bad e-mail address says what it should look like", () => {
    const cause = {
      kind: "invalid_input",
      message: "x",
      detail: { type: "bad_format", field: "email", expected: "name@example.org" },
    };
    expect(errorText(en, cause)).toContain("E-mail address does not look right");
    expect(errorText(en, cause)).toContain("name@example.org");
  });

  test("a refused link says why, with the links screen's own sentence", () => {
    const cause = {
      kind: "invalid_input",
      message: "only web addresses (http or https) are accepted",
      detail: { type: "url_refused", reason: "unsupported_scheme" },
    };
    expect(errorText(en, cause)).toBe(
      "This link was not kept. This is not a web address (it should start with https:// or http://).",
    );
  });

  test("without a detail, the sentence for the kind; unknown shapes are internal", () => {
    expect(errorText(en, { kind: "locked", message: "x" })).toBe(
      "The case is locked. Unlock it to continue.",
    );
    expect(errorText(en, new Error("boom"))).toContain("Something went wrong inside Reclaim");
  });
});
