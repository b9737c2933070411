import { renderCard } from '../../cards/render-card.js';
import { describeIntent } from '../../src/assistant/describe-intent.js';
import type { LexiconCapability } from '../../src/understanding/capability-lexicon.js';
import type { IntentSlots } from '../../src/understanding/understand.js';
import { formPrefill } from '../../src/forms/form-prefill.js';
import type { RulesEngine } from '../../src/rules/index.js';

type Advise = RulesEngine['adviseSituation'];
import { cardMessage } from '../card-actions.js';
import type { BotApplication } from '../bot-application.js';
import type { TurnUnderstanding } from '../understood-message.js';

/** The button data that opens a capability with the message's slots, as the capability's own buttons do. */
function openData(capability: LexiconCapability, slots: IntentSlots, advise?: Advise): Record<string, unknown> {
  switch (capability) {
    case 'aanmeldformulier':
      return {
        verb: 'form-open',
        formType: 'aanmeldformulier',
        prefill: formPrefill('aanmeldformulier', slots, advise),
      };
    case 'verwijzing':
      return { verb: 'form-open', formType: 'verzuimcoach', prefill: formPrefill('verzuimcoach', slots, advise) };
    case 'gespreksleidraad':
      return {
        verb: 'guide-start',
        ...(slots.pupilFirstName ? { pupilFirstName: slots.pupilFirstName } : {}),
        ...(slots.age !== undefined ? { age: slots.age } : {}),
      };
    case 'onboarding':
    case 'overzicht':
    case 'rollen':
      return { verb: 'command-run', command: capability, msteams: { type: 'imBack', value: capability } };
  }
}

/** The card that asks which of two capabilities the user means: one short question, two buttons. */
export function renderChoiceCard(
  options: readonly [LexiconCapability, LexiconCapability],
  slots: IntentSlots,
  advise?: Advise,
) {
  const title = (capability: LexiconCapability) => {
    const name = describeIntent(capability, {}, 'short');
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
  return renderCard('choice', {
    question: `Bedoel je ${describeIntent(options[0], {}, 'short')} of ${describeIntent(options[1], {}, 'short')}?`,
    options: options.map((capability) => ({ title: title(capability), data: openData(capability, slots, advise) })),
  });
}

export type ChoiceRouteOptions = {
  readonly understood: TurnUnderstanding;
  /** The school's region's rules, for what a form opened from the choice starts with. */
  readonly rules?: Pick<RulesEngine, 'adviseSituation'>;
};

/** A message that may mean either of two capabilities gets one short card asking which. */
export function registerChoiceRoute(app: BotApplication, { understood, rules }: ChoiceRouteOptions): void {
  app.readOnlyMessage(understood.is('choice'), async (context) => {
    const understanding = understood.of(context);
    if (understanding?.kind !== 'choice') return;
    await context.sendActivity(
      cardMessage(renderChoiceCard(understanding.options, understanding.slots, rules?.adviseSituation)),
    );
  });
}
