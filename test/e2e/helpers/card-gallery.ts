import { renderWelcomeCard } from '../../../bot/routes/welcome.js';
import { loadKnowledgeBase } from '../../../src/knowledge/knowledge-base.js';
import { openActionCards } from './gallery-cases.js';
import type { GalleryCard } from './gallery-common.js';
import { formCards } from './gallery-forms.js';
import { guideCards } from './gallery-guide.js';
import { onboardingCards } from './gallery-onboarding.js';
import { situationAndAnswerCards } from './gallery-situations.js';

export type { GalleryCard } from './gallery-common.js';

/** One card of every kind the bot sends, rendered with the bot's own code and realistic data. */
export async function cardGallery(): Promise<GalleryCard[]> {
  const knowledge = loadKnowledgeBase();
  return [
    { name: 'welcome', card: renderWelcomeCard({ embeddedStore: true }) },
    ...(await situationAndAnswerCards(knowledge)),
    ...(await formCards()),
    ...(await openActionCards()),
    ...(await guideCards()),
    ...(await onboardingCards(knowledge)),
  ];
}
