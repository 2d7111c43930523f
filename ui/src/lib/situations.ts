// The answers to "What is happening?", in the order they are offered (the
// same as model::Situation::ALL in reclaim-core; the locale test checks that
// each has its `situation-<code>` message).

import type { Situation } from "../bindings/Situation";
import { SITUATION_FLOW } from "../bindings/caseFlow";

export const SITUATIONS = Object.keys(SITUATION_FLOW) as Situation[];

/** Someone is being made to stream or film live, now: emergency numbers only. */
export function isEmergency(situations: readonly Situation[]): boolean {
  return situations.includes("live_now");
}
