// The steps of an open case, in the order of the victim manual: defined once
// in reclaim-core (app/flow.rs) and generated into bindings/caseFlow.ts. Each
// has a screen in App.svelte and the labels `step-<id>` and `path-step-<id>`
// in every locale (the locale test checks them).

import { CASE_FLOW } from "../bindings/caseFlow";
import type { Step } from "../bindings/Step";

export const CASE_STEPS = CASE_FLOW;

export type CaseStep = Step;

// The steps of a particular case (its situations, and whether it is about images
// taken before 18) come from the core too: `caseSteps` in lib/ipc.ts.

/** The step after `step` in `steps`, or null on the last one. */
export function nextStep(step: CaseStep, steps: readonly CaseStep[] = CASE_STEPS): CaseStep | null {
  const index = steps.indexOf(step);
  return index >= 0 && index + 1 < steps.length ? steps[index + 1] : null;
}
