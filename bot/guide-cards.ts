import { randomUUID } from 'node:crypto';
import { renderCard, type AdaptiveCardJson } from '../cards/render-card.js';
import {
  faqCardData,
  guideToday,
  preparationCardData,
  resumeCardData,
  stepCardData,
  stoppedCardData,
  verslagCardData,
  type Gespreksverslag,
  type GuideOpening,
  type GuideSession,
  type PreparationDefaults,
  type ResolvedGuide,
} from '../src/guide/index.js';

export type GuideCardOptions = {
  readonly guide: ResolvedGuide;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** Id of a new guide, put in the preparation card so that a double submit starts one guide. @default randomUUID */
  readonly generateId?: () => string;
};

/** The gespreksleidraad's cards: its views (`src/guide/guide-view.ts`) rendered with `cards/guide-*.json`. */
export function createGuideCards({ guide, now = () => new Date(), generateId = randomUUID }: GuideCardOptions) {
  const preparation = (
    values: PreparationDefaults = {},
    errors: readonly string[] = [],
    guideId = generateId(),
  ): AdaptiveCardJson =>
    renderCard('guide-preparation', preparationCardData(guide, { guideId, values, errors, today: guideToday(now()) }));
  return {
    preparation,
    opening: (opening: GuideOpening): AdaptiveCardJson =>
      opening.kind === 'prepare'
        ? preparation(opening.values)
        : renderCard('guide-resume', resumeCardData(guide, opening.sessions, opening)),
    step: (session: GuideSession, status = ''): AdaptiveCardJson =>
      renderCard('guide-step', stepCardData(guide, session, { status })),
    faq: (session: GuideSession) => renderCard('guide-faq', faqCardData(guide, session)),
    stopped: (session: GuideSession) => renderCard('guide-stopped', stoppedCardData(guide, session)),
    verslag: (verslag: Gespreksverslag) => renderCard('guide-verslag', verslagCardData(guide, verslag)),
    /** Today in the Netherlands, as the preparation card's default date. */
    today: () => guideToday(now()),
  };
}
