// Every sentence the UI shows comes from ui/src/locales/<lang>/*.ftl through
// Project Fluent. A message missing in one language falls back to English,
// never to its raw id (a test also fails when a locale lacks a message).

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { derived, writable, type Readable } from "svelte/store";
import type { Language } from "../bindings/Language";
import { LANGUAGE_ORDER } from "../bindings/languageOrder";

const sources = import.meta.glob("../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

// What each legal basis means is data of the core, next to the bases
// themselves (one message per basis and language, shared with the letters).
const coreSources = import.meta.glob("../../../src-tauri/core/data/requests/*/bases.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** A language of the screens: the core's `Language` (one type for screens,
 * letters and the report). */
export type Locale = Language;

/** The languages the UI has messages for: its `locales/<code>/` folders, in
 * the order the core lists them (a language is data: adding one is its
 * folders and its variant in reclaim-core's model/language.rs). */
export const LOCALES: readonly Locale[] = [
  ...new Set(Object.keys(sources).map((path) => path.split("/").at(-2) as Locale)),
].sort((a, b) => LANGUAGE_ORDER.indexOf(a) - LANGUAGE_ORDER.indexOf(b));
export const FALLBACK_LOCALE: Locale = "en";

/** Each language's name in that language (its own `language-name` message),
 * for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((code) => [code, ownName(code)]),
) as Record<Locale, string>;

function ownName(code: Locale): string {
  const match = localeSource(code).match(/^language-name = (.+)$/m);
  return match ? match[1].trim() : code;
}

/** The .ftl sources of one locale, joined. */
export function localeSource(locale: Locale): string {
  const own = Object.entries(sources).filter(([path]) => path.includes(`/locales/${locale}/`));
  const core = Object.entries(coreSources).filter(([path]) =>
    path.includes(`/requests/${locale}/`),
  );
  return [...own.sort(([a], [b]) => a.localeCompare(b)), ...core]
    .map(([, text]) => text)
    .join("\n");
}

function makeBundle(locale: Locale): FluentBundle {
  // No Unicode isolation marks: they show as stray characters when text is copied.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(localeSource(locale)));
  if (errors.length > 0) {
    console.error(`locale ${locale}: ${errors.map(String).join("; ")}`);
  }
  return bundle;
}

const bundles = new Map<Locale, FluentBundle>(LOCALES.map((l) => [l, makeBundle(l)]));

export type Translate = (id: string, args?: Record<string, FluentVariable>) => string;

/** Formats message `id` in `locale`, falling back to English, then to a neutral dash. */
export function translate(
  locale: Locale,
  id: string,
  args?: Record<string, FluentVariable>,
): string {
  for (const candidate of [locale, FALLBACK_LOCALE]) {
    const bundle = bundles.get(candidate);
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) {
      return bundle.formatPattern(message.value, args);
    }
  }
  console.error(`missing message ${id}`);
  return "—";
}

/** The best of our locales for the system's preferred languages. */
export function preferredLocale(requested: readonly string[]): Locale {
  const [best] = negotiateLanguages([...requested], [...LOCALES], {
    defaultLocale: FALLBACK_LOCALE,
    strategy: "lookup",
  });
  return (LOCALES as readonly string[]).includes(best) ? (best as Locale) : FALLBACK_LOCALE;
}

export const locale = writable<Locale>(
  preferredLocale(typeof navigator === "undefined" ? [] : navigator.languages),
);

/** `$t("message-id", { arg })` in components; follows the chosen language. */
export const t: Readable<Translate> = derived(
  locale,
  ($locale) => (id: string, args?: Record<string, FluentVariable>) =>
    translate($locale, id, args),
);

// Keep <html lang> in step so screen readers use the right voice.
locale.subscribe(($locale) => {
  if (typeof document !== "undefined") {
    document.documentElement.lang = $locale;
  }
});
