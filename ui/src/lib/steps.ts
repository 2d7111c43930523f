// The steps of an open case, in the order of the victim manual: defined once
// in reclaim-core (app/flow.rs) and generated into bindings/caseFlow.ts. Each
// has a screen in App.svelte and the labels `step-<id>` and `path-step-<id>`
// in every locale (the locale test checks them).

import { CASE_FLOW } from "../bindings/caseFlow";
import type { Step } from "../bindings/Step";

export const CASE_STEPS = CASE_FLOW;

export type CaseStep = Step;

/** The step after `step`, or null on the last one. */
export function nextStep(step: CaseStep): CaseStep | null {
  const index = CASE_STEPS.indexOf(step);
  return index >= 0 && index + 1 < CASE_STEPS.length ? CASE_STEPS[index + 1] : null;
}
