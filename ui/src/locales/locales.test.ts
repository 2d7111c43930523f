// Every locale must say everything English says, with the same placeholders,
// so that a person in distress never meets a missing or raw message.

import { FluentResource } from "@fluent/bundle";
import { describe, expect, test } from "vitest";
import { LOCALES, localeSource } from "../lib/i18n";

import errorKindTs from "../bindings/ErrorKind.ts?raw";
import purposeTs from "../bindings/HelplinePurpose.ts?raw";
import hoursTs from "../bindings/HelplineHours.ts?raw";
import rejectTs from "../bindings/RejectReason.ts?raw";
import warningTs from "../bindings/UrlWarning.ts?raw";
import urlKindTs from "../bindings/UrlKind.ts?raw";
import errorDetailTs from "../bindings/ErrorDetail.ts?raw";
import fieldTs from "../bindings/Field.ts?raw";
import elementTs from "../bindings/Element.ts?raw";
import formFieldTs from "../bindings/FormField.ts?raw";
import requestStatusTs from "../bindings/RequestStatus.ts?raw";
import stageTs from "../bindings/Stage.ts?raw";
import requestChannelTs from "../bindings/RequestChannel.ts?raw";
import livenessTs from "../bindings/Liveness.ts?raw";
import transformTs from "../bindings/Transform.ts?raw";
import strengthTs from "../bindings/PassphraseStrength.ts?raw";
import situationTs from "../bindings/Situation.ts?raw";
import stepTs from "../bindings/Step.ts?raw";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CASE_STEPS } from "../lib/steps";

type Messages = Map<string, Set<string>>;

/** Message ids of a locale, each with the variables it uses. */
function messages(source: string): Messages {
  const resource = new FluentResource(source);
  const result: Messages = new Map();
  for (const entry of resource.body) {
    if (!("id" in entry) || entry.id.startsWith("-")) continue;
    const variables = new Set<string>();
    // Variables appear as `{ $name }` in the message's source text.
    const text = JSON.stringify(entry);
    for (const match of text.matchAll(/"type":"var","name":"([A-Za-z0-9_-]+)"/g)) {
      variables.add(match[1]);
    }
    result.set(entry.id, variables);
  }
  return result;
}

/** The string literals of a ts-rs union type such as `"a" | "b"`. */
function unionMembers(ts: string): string[] {
  const body = ts.slice(ts.indexOf("="));
  return [...body.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
}

const english = messages(localeSource("en"));

describe("locales", () => {
  test("English has the core messages", () => {
    expect(english.size).toBeGreaterThan(40);
    expect(english.has("quick-exit")).toBe(true);
  });

  for (const locale of LOCALES) {
    test(`${locale} parses without errors`, () => {
      const resource = new FluentResource(localeSource(locale));
      const junk = resource.body.filter((entry) => !("id" in entry));
      expect(junk).toEqual([]);
    });

    test(`${locale} defines every English message with the same placeholders`, () => {
      const own = messages(localeSource(locale));
      const missing = [...english.keys()].filter((id) => !own.has(id));
      const extra = [...own.keys()].filter((id) => !english.has(id));
      expect(missing, `missing in ${locale}`).toEqual([]);
      expect(extra, `only in ${locale}`).toEqual([]);
      for (const [id, vars] of english) {
        expect([...(own.get(id) ?? [])].sort(), `${locale} ${id}`).toEqual([...vars].sort());
      }
    });
  }

  test("every error kind from Rust has a message", () => {
    const kinds = unionMembers(errorKindTs);
    expect(kinds).toContain("internal");
    for (const kind of kinds) {
      expect(english.has(`error-${kind}`), `error-${kind}`).toBe(true);
    }
  });

  test("every helpline purpose and opening-hours value has a message", () => {
    for (const purpose of unionMembers(purposeTs)) {
      expect(english.has(`helpline-purpose-${purpose}`), purpose).toBe(true);
    }
    for (const hours of unionMembers(hoursTs)) {
      expect(english.has(`helpline-hours-${hours}`), hours).toBe(true);
    }
  });

  test("every reason a link is refused, warning and kind of page from Rust has a message", () => {
    for (const [prefix, ts] of [
      ["links-reject", rejectTs],
      ["links-warning", warningTs],
      ["links-kind", urlKindTs],
    ] as const) {
      const members = unionMembers(ts);
      expect(members.length).toBeGreaterThan(3);
      for (const member of members) {
        expect(english.has(`${prefix}-${member}`), `${prefix}-${member}`).toBe(true);
      }
    }
  });

  test("every error detail and every field it can name has a message", () => {
    const types = [...errorDetailTs.matchAll(/"type": "([a-z_]+)"/g)].map((m) => m[1]);
    expect(types).toContain("missing");
    for (const type of types) {
      expect(english.has(`error-detail-${type}`), `error-detail-${type}`).toBe(true);
    }
    const fields = unionMembers(fieldTs);
    expect(fields).toContain("email");
    for (const field of fields) {
      expect(english.has(`field-${field}`), `field-${field}`).toBe(true);
    }
  });

  // Every id the screens build from a value (`prefix-${value}`), with the
  // values taken from the Rust types or data they come from: a missing one
  // would show "—" to the person.
  test("every message id a screen builds from Rust values exists", () => {
    const dash = (value: string) => value.replaceAll("_", "-");
    // The legal bases are data in the core (outside the UI's folder).
    const legalBasesToml = readFileSync(
      resolve(process.cwd(), "../src-tauri/core/data/requests/legal_bases.toml"),
      "utf8",
    );
    const legalBases = [...legalBasesToml.matchAll(/^id\s*=\s*"([a-z0-9_]+)"/gm)].map((m) => m[1]);
    expect(legalBases.length).toBeGreaterThan(5);
    const channelTypes = [...requestChannelTs.matchAll(/"type": "([a-z_]+)"/g)].map((m) => m[1]);
    const built: [string, string[]][] = [
      ["requests-field-", [...unionMembers(elementTs), ...unionMembers(formFieldTs)].map(dash)],
      ["basis-", legalBases.map(dash)],
      ["requests-channel-", channelTypes.map(dash)],
      ["requests-stage-", unionMembers(stageTs).filter((s) => s !== "first").map(dash)],
      ["followup-status-", unionMembers(requestStatusTs).map(dash)],
      ["followup-liveness-", unionMembers(livenessTs).map(dash)],
      ["copies-transform-", unionMembers(transformTs)],
      ["case-strength-", unionMembers(strengthTs).map(dash)],
      ["step-", [...CASE_STEPS, ...unionMembers(stepTs)]],
      ["path-step-", [...CASE_STEPS, ...unionMembers(stepTs)]],
      ["situation-", unionMembers(situationTs)],
    ];
    const missing: string[] = [];
    for (const [prefix, values] of built) {
      expect(values.length, prefix).toBeGreaterThan(0);
      for (const value of values) {
        if (!english.has(prefix + value)) missing.push(prefix + value);
      }
    }
    expect(missing).toEqual([]);
  });

  test("no message contains invisible Unicode isolation marks", () => {
    for (const locale of LOCALES) {
      expect(localeSource(locale)).not.toMatch(/[\u2066-\u2069\u200e\u200f]/);
    }
  });
});
