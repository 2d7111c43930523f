import { describe, expect, test } from "vitest";
import { preferredLocale, translate } from "./i18n";

describe("i18n", () => {
  test("picks the system language when Reclaim speaks it", () => {
    expect(preferredLocale(["fr-BE", "en"])).toBe("fr");
    expect(preferredLocale(["nl-BE"])).toBe("nl");
    expect(preferredLocale(["de-DE", "fr"])).toBe("de");
  });

  test("falls back to English for other languages", () => {
    expect(preferredLocale(["ja-JP"])).toBe("en");
    expect(preferredLocale([])).toBe("en");
  });

  test("formats variables without isolation marks", () => {
    const text = translate("fr", "helpline-call", { phone: "116 000" });
    expect(text).toBe("Appeler le 116 000");
  });

  test("an unknown message shows a neutral dash, never its id", () => {
    expect(translate("de", "no-such-message")).toBe("—");
  });
});

describe("languages are data", () => {
  test("the languages are the locale folders, in the core's order, each named in itself", async () => {
    const { LOCALES, LOCALE_NAMES } = await import("./i18n");
    expect([...LOCALES]).toEqual(["en", "fr", "nl", "de"]);
    expect(LOCALE_NAMES).toEqual({ en: "English", fr: "Français", nl: "Nederlands", de: "Deutsch" });
  });
});
