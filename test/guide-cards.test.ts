import { describe, expect, it } from 'vitest';
import { expectWellFormedCard } from './helpers/card-checks.js';
import { renderCard, type AdaptiveCardJson } from '../cards/render-card.js';
import {
  buildGespreksverslag,
  faqCardData,
  parsePreparation,
  preparationCardData,
  resumeCardData,
  startSession,
  stepCardData,
  stepCount,
  stoppedCardData,
  verslagCardData,
  type Preparation,
} from '../src/guide/index.js';
import { testGuide, validPreparation } from '../src/guide/guide-test-fixtures.js';

/** Teams' requirements of a card, as `test/helpers/card-checks.ts` checks them for this file's cards. */
const expectWellFormed = (card: AdaptiveCardJson) => expectWellFormedCard(card, { uniqueIds: 'inputs', maxActions: 6 });

describe('guide cards', () => {
  const guide = testGuide();
  const preparation = (parsePreparation(validPreparation, guide.definition) as { value: Preparation }).value;
  const session = {
    ...startSession({
      preparation,
      userId: 'user-1',
      guideId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      mentorName: 'Mentor Jansen',
      now: new Date('2026-11-27T10:00:00Z'),
    }),
    notes: { 'zorgen-delen': 'Sanne schrok ervan' },
    agreements: { schoolbezoek: { text: 'Elke dag om 8:30', owner: 'Leerling', dueDate: '2026-12-01' } },
  };

  it('should render the preparation card, with the age rule and its contradiction', () => {
    const card = renderCard(
      'guide-preparation',
      preparationCardData(guide, { guideId: session.guideId, today: '2026-11-27', errors: ['Vul de leeftijd in.'] }),
    );
    expectWellFormed(card);
    const json = JSON.stringify(card);
    expect(json).toContain('Is de leerling onder 12 jaar?');
    expect(json).toContain('De ouders beslissen tot de leerling 16 jaar is over privacy kwesties.');
    expect(json).toContain('Vul de leeftijd in.');
    expect(json).toContain('Onduidelijk ziekteverzuim van meer dan één week achter elkaar.');
  });

  it('should render every step, with the progress and the buttons that fit the step', () => {
    const total = stepCount(guide.definition);
    for (let step = 1; step <= total; step += 1) {
      const card = renderCard('guide-step', stepCardData(guide, { ...session, step }));
      expectWellFormed(card);
      expect(JSON.stringify(card)).toContain(`Stap ${step} van ${total}`);
      const titles = (card.actions as { title: string }[]).map((action) => action.title);
      expect(titles.includes('Vorige')).toBe(step > 1);
      expect(titles.includes('Volgende')).toBe(step < total);
      expect(titles.includes('Afronden')).toBe(step === total);
      expect(titles).toEqual(expect.arrayContaining(['Notitie opslaan', 'Veelgestelde vragen', 'Stoppen']));
    }
  });

  it('should render the FAQ, resume, stopped and verslag cards', () => {
    for (const card of [
      renderCard('guide-faq', faqCardData(guide, session)),
      renderCard(
        'guide-resume',
        resumeCardData(guide, [session], { message: 'Je hebt nog een open gespreksleidraad.', allowDiscard: true }),
      ),
      renderCard('guide-stopped', stoppedCardData(guide, session)),
      renderCard(
        'guide-verslag',
        verslagCardData(guide, buildGespreksverslag(guide.definition, session, new Date('2026-11-27T11:00:00Z'))),
      ),
    ]) {
      expectWellFormed(card);
    }
  });

  it('should keep the step and verslag cards as they are (snapshot)', () => {
    expect(renderCard('guide-step', stepCardData(guide, { ...session, step: 1 }))).toMatchSnapshot();
    expect(
      renderCard(
        'guide-verslag',
        verslagCardData(guide, buildGespreksverslag(guide.definition, session, new Date('2026-11-27T11:00:00Z'))),
      ),
    ).toMatchSnapshot();
  });
});
