// "2 of 6 sent" beside Requests in the step list. The count is the core's
// (`RequestsProgress`, the same the Requests screen shows): the Requests
// screen sets it from every answer it gets, the step list fetches it when it
// appears or the step changes.

import { writable } from "svelte/store";
import { requestsProgress as fetchRequestsProgress, type RequestsProgress } from "./ipc";

export const requestsProgress = writable<RequestsProgress | null>(null);

/** Asks the core again; no count (nothing shown) when no case is open. */
export async function refreshRequestsProgress(): Promise<void> {
  try {
    requestsProgress.set(await fetchRequestsProgress());
  } catch {
    requestsProgress.set(null);
  }
}
