import type { TurnContext } from 'botbuilder';
import type { Intent, Understanding } from '../src/understanding/understand.js';

/**
 * The one understanding of each text message, made once per turn by `src/understanding` and asked by
 * every message route (and by the delivery guard). Routes select on the decision, not on their order.
 */
export type TurnUnderstanding = {
  /** The decision for this turn's text, or undefined for activities without text (card presses, files). */
  readonly of: (context: TurnContext) => Understanding | undefined;
  /** A route selector: this turn's message opens `intent`. */
  readonly opens: (intent: Intent) => (context: TurnContext) => Promise<boolean>;
  /** A route selector: this turn's decision is of `kind`. */
  readonly is: (kind: Understanding['kind']) => (context: TurnContext) => Promise<boolean>;
};

export function createTurnUnderstanding(understand: (text: string) => Understanding): TurnUnderstanding {
  const decided = new WeakMap<TurnContext, Understanding | null>();
  const of = (context: TurnContext): Understanding | undefined => {
    let understanding = decided.get(context);
    if (understanding === undefined) {
      const { type, text } = context.activity;
      understanding = type === 'message' && typeof text === 'string' && text.trim() !== '' ? understand(text) : null;
      decided.set(context, understanding);
    }
    return understanding ?? undefined;
  };
  return {
    of,
    opens: (intent) => async (context) => {
      const understanding = of(context);
      return understanding?.kind === 'intent' && understanding.intent === intent;
    },
    is: (kind) => async (context) => of(context)?.kind === kind,
  };
}

/** The slots of this turn's intent (first name, age, …), or none. */
export function slotsOf(understood: TurnUnderstanding, context: TurnContext) {
  const understanding = understood.of(context);
  return understanding?.kind === 'intent' || understanding?.kind === 'choice' ? understanding.slots : {};
}
