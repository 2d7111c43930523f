// Quick exit: one key (Esc) or one click, no confirmation. The UI forgets what
// is on screen first, then the app hides the window and locks the case.

import { writable } from "svelte/store";
import { quickExit as hideAndLock } from "./ipc";

export const QUICK_EXIT_KEY = "Escape";

/** Increments on every quick exit; screens reset when it changes. */
export const quickExitCount = writable(0);

export async function quickExit(): Promise<void> {
  quickExitCount.update((n) => n + 1);
  try {
    await hideAndLock();
  } catch (error) {
    // Hiding failed (should never happen): the screen is neutral already.
    console.error("quick exit", error);
  }
}

export function isQuickExitKey(event: KeyboardEvent): boolean {
  return event.key === QUICK_EXIT_KEY && !event.isComposing;
}
