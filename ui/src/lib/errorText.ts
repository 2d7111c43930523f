// What to say about an error: the particular sentence when the core said which
// field or limit it is about (`error-detail-<type>`, with the field's name in
// the person's language), else the general sentence for its kind.

import type { ErrorDetail } from "../bindings/ErrorDetail";
import type { Translate } from "./i18n";
import { errorDetail, errorKind } from "./ipc";

/** Fluent arguments for a detail: the field's label instead of its code. */
function detailArgs(t: Translate, detail: ErrorDetail): Record<string, string | number> {
  const args: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (key === "type") continue;
    if (key === "field") args.field = t(`field-${value as string}`);
    // A refused link: the same sentence the links screen shows for its reason.
    else if (key === "reason") args.reason = t(`links-reject-${value as string}`);
    else if (key === "max_bytes") args.megabytes = Math.floor(Number(value) / 1_000_000);
    else if (Array.isArray(value)) args[key] = value.join(", ");
    else args[key] = value as string | number;
  }
  return args;
}

/** The sentence for anything a command threw, in the person's language. */
export function errorText(t: Translate, cause: unknown): string {
  const detail = errorDetail(cause);
  if (detail) return t(`error-detail-${detail.type}`, detailArgs(t, detail));
  return t(`error-${errorKind(cause)}`);
}
