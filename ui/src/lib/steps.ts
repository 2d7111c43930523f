// The steps of an open case, in the order of the victim manual. Each has a
// screen in App.svelte and a label `step-<id>` in every locale. A step is
// listed here only once its screen exists.

export const CASE_STEPS = ["case", "links", "images", "copies", "requests", "followup", "file"] as const;

export type CaseStep = (typeof CASE_STEPS)[number];

/** The step after `step`, or null on the last one. */
export function nextStep(step: CaseStep): CaseStep | null {
  const index = CASE_STEPS.indexOf(step);
  return index >= 0 && index + 1 < CASE_STEPS.length ? CASE_STEPS[index + 1] : null;
}
