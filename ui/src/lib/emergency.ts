// The numbers shown when someone is being made to stream or film live, now:
// nothing else competes with them on that screen. Sources as in
// src-tauri/core/data/helplines.toml (112, 101) and lib/minorServices.ts (116 000).

import { CHILD_FOCUS, type ServiceFact } from "./minorServices";

export const EMERGENCY = {
  emergency: { value: "112", source: "https://www.1712.be/nl/over-1712", checked: "2026-11-29" },
  police: { value: "101", source: "https://sofelia.be/?p=9680", checked: "2026-11-23" },
  childFocus: CHILD_FOCUS.phone,
} satisfies Record<string, ServiceFact>;
