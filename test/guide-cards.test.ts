import { describe, expect, it } from 'vitest';
import { renderCard, type AdaptiveCardJson } from '../cards/render-card.js';
import { buildGespreksverslag, faqCardData, parsePreparation, preparationCardData, resumeCardData, startSession, stepCardData, stepCount, stoppedCardData, verslagCardData, type Preparation } from '../src/guide/index.js';
import { testGuide, validPreparation } from '../src/guide/guide-test-fixtures.js';

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (node && typeof node === 'object') {
    visit(node as Node);
    Object.values(node as Node).forEach((value) => walk(value, visit));
  }
}

/** What Teams needs of a card: 1.5, everything bound, unique input ids, targets that exist, verbs in the data. */
function expectWellFormed(card: AdaptiveCardJson): void {
  expect(card.type).toBe('AdaptiveCard');
  expect(card.version).toBe('1.5');
  expect(JSON.stringify(card)).not.toContain('${');
  const inputIds: string[] = [];
  const elementIds = new Set<string>();
  const targets: string[] = [];
  walk(card, (node) => {
    if (typeof node.type === 'string' && node.type.startsWith('Input.')) inputIds.push(String(node.id));
    if (typeof node.id === 'string') elementIds.add(node.id);
    if (node.type === 'Action.ToggleVisibility') targets.push(...(node.targetElements as string[]));
    if (node.type === 'Action.Execute') expect((node.data as Node).verb, JSON.stringify(node)).toBe(node.verb);
  });
  expect(new Set(inputIds).size).toBe(inputIds.length);
  for (const target of targets) expect(elementIds.has(target), target).toBe(true);
  expect((card.actions as unknown[] | undefined)?.length ?? 0).toBeLessThanOrEqual(6);
}

describe('guide cards', () => {
  const guide = testGuide();
  const preparation = (parsePreparation(validPreparation, guide.definition) as { value: Preparation }).value;
  const session = {
    ...startSession({ preparation, userId: 'user-1', guideId: '0f8fad5b-d9cb-469f-a165-70867728950e', mentorName: 'Mentor Jansen', now: new Date('2026-11-27T10:00:00Z') }),
    notes: { 'zorgen-delen': 'Sanne schrok ervan' },
    agreements: { schoolbezoek: { text: 'Elke dag om 8:30', owner: 'Leerling', dueDate: '2026-12-01' } },
  };

  it('should render the preparation card, with the age rule and its contradiction', () => {
    const card = renderCard('guide-preparation', preparationCardData(guide, { guideId: session.guideId, today: '2026-11-27', errors: ['Vul de leeftijd in.'] }));
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
      renderCard('guide-resume', resumeCardData(guide, [session], { message: 'Je hebt nog een open gespreksleidraad.', allowDiscard: true })),
      renderCard('guide-stopped', stoppedCardData(guide, session)),
      renderCard('guide-verslag', verslagCardData(guide, buildGespreksverslag(guide.definition, session, new Date('2026-11-27T11:00:00Z')))),
    ]) {
      expectWellFormed(card);
    }
  });

  it('should keep the step and verslag cards as they are (snapshot)', () => {
    expect(renderCard('guide-step', stepCardData(guide, { ...session, step: 1 }))).toMatchSnapshot();
    expect(renderCard('guide-verslag', verslagCardData(guide, buildGespreksverslag(guide.definition, session, new Date('2026-11-27T11:00:00Z'))))).toMatchSnapshot();
  });
});
