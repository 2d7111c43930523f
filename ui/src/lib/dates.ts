// Dates are stored in UTC (RFC 3339) and shown in the person's time zone and language.

import type { Locale } from "./i18n";

export function formatWhen(rfc3339: string, locale: Locale): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) {
    return rfc3339;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(date);
}
