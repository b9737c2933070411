import { renderCard } from '../../../cards/render-card.js';
import {
  buildGespreksverslag,
  faqCardData,
  parsePreparation,
  preparationCardData,
  startSession,
  stepCardData,
  verslagCardData,
  type Preparation,
} from '../../../src/guide/index.js';
import { testGuide, validPreparation } from '../../../src/guide/guide-test-fixtures.js';
import { galleryCollector, type GalleryCard } from './gallery-common.js';

/** The conversation guide: its preparation, a step, the FAQ and the verslag. */
export async function guideCards(): Promise<GalleryCard[]> {
  const { cards, add } = galleryCollector();
  const guide = testGuide();
  const preparation = (parsePreparation(validPreparation, guide.definition) as { value: Preparation }).value;
  const session = {
    ...startSession({
      preparation,
      userId: 'u1',
      guideId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      mentorName: 'Mentor De Vries',
      now: new Date('2026-11-27T10:00:00Z'),
    }),
    notes: { 'zorgen-delen': 'Sanne schrok ervan' },
  };
  add(
    'gespreksleidraad-voorbereiding',
    renderCard('guide-preparation', preparationCardData(guide, { guideId: session.guideId, today: '2026-11-27' })),
  );
  add('gespreksleidraad-stap', renderCard('guide-step', stepCardData(guide, { ...session, step: 2 })));
  add('gespreksleidraad-faq', renderCard('guide-faq', faqCardData(guide, session)));
  add(
    'gespreksverslag',
    renderCard(
      'guide-verslag',
      verslagCardData(guide, buildGespreksverslag(guide.definition, session, new Date('2026-11-27T11:00:00Z'))),
    ),
  );
  return cards;
}
