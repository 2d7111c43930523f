// One action at a time per screen: a `working` flag for the buttons, and any
// failure turned into a sentence in the person's language (chosen by the
// error's kind, never by its message).

import { get } from "svelte/store";
import { t } from "./i18n";
import { errorText } from "./errorText";

export class ScreenAction {
  working = $state(false);
  error = $state<string | null>(null);

  /** Shows the message for `cause` (anything a command threw). */
  fail(cause: unknown): void {
    this.error = errorText(get(t), cause);
  }

  async run(action: () => Promise<void>): Promise<void> {
    this.error = null;
    this.working = true;
    try {
      await action();
    } catch (cause) {
      this.fail(cause);
    } finally {
      this.working = false;
    }
  }
}
