import { describe, expect, it } from 'vitest';
import { renderCard } from '../cards/render-card.js';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import {
  createOnboardingService,
  loadOnboardingCourse,
  type StartView,
  type StepView,
  type StoppedView,
  type SummaryView,
} from '../src/onboarding/index.js';
import {
  onboardingOverviewCardData,
  onboardingStartCardData,
  onboardingStepCardData,
  onboardingStoppedCardData,
  onboardingSummaryCardData,
} from '../src/onboarding/onboarding-view.js';

const renderOnboardingStepCard = (base: KnowledgeBase, view: StepView) =>
  renderCard('onboarding-step', onboardingStepCardData(base, view));
const renderOnboardingStartCard = (view: StartView) => renderCard('onboarding-start', onboardingStartCardData(view));
const renderOnboardingStoppedCard = (view: StoppedView) =>
  renderCard('onboarding-stopped', onboardingStoppedCardData(view));
const renderOnboardingSummaryCard = (view: SummaryView, titles: ReadonlyMap<string, string>) =>
  renderCard('onboarding-summary', onboardingSummaryCardData(view, titles));
const renderOnboardingOverviewCard = (input: Parameters<typeof onboardingOverviewCardData>[0]) =>
  renderCard('onboarding-overview', onboardingOverviewCardData(input));

const knowledge = loadKnowledgeBase();
const course = loadOnboardingCourse({ knowledge });
const user = { id: 'u1', name: 'Mentor De Vries', schoolId: 'sint-jan' };

/** Element and action types of Adaptive Cards 1.5 that these cards may use. */
const knownTypes = new Set([
  'AdaptiveCard',
  'TextBlock',
  'ColumnSet',
  'Column',
  'Container',
  'ActionSet',
  'FactSet',
  'Input.ChoiceSet',
  'Action.Execute',
  'Action.Submit',
  'Action.ShowCard',
]);

function typesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => typesIn(item, found));
  else if (value && typeof value === 'object') {
    const { type } = value as { type?: unknown };
    if (typeof type === 'string' && /^[A-Z]/.test(type)) found.push(type);
    Object.values(value).forEach((item) => typesIn(item, found));
  }
  return found;
}

async function allCards() {
  const service = createOnboardingService({ course, now: () => new Date('2026-11-02T09:00:00Z') });
  const start = await service.open({ user, suggestedRole: 'mentor' });
  const step = await service.start({ user, role: 'mentor' });
  const steps = course.forRole('mentor').steps;
  const question = steps[0]!.questions[0]!;
  const answered = await service.answer({
    user,
    role: 'mentor',
    stepIndex: 0,
    choices: { [question.id]: question.options.indexOf(question.answer) === 0 ? 1 : 0 },
  });
  const stopped = await service.stop({ user, role: 'mentor', stepIndex: 0 });
  for (const [index, each] of steps.entries()) {
    await service.answer({
      user,
      role: 'mentor',
      stepIndex: index,
      choices: Object.fromEntries(each.questions.map((entry) => [entry.id, entry.options.indexOf(entry.answer)])),
    });
    const view = await service.next({ user, role: 'mentor', stepIndex: index });
    if (view.kind === 'summary') {
      return {
        start: renderOnboardingStartCard(start),
        step: renderOnboardingStepCard(knowledge, step),
        answered: renderOnboardingStepCard(knowledge, answered),
        stopped: renderOnboardingStoppedCard(stopped),
        summary: renderOnboardingSummaryCard(view, new Map([['wat nu?', 'Wat nu?']])),
        overview: renderOnboardingOverviewCard({
          schoolName: 'Sint-Janscollege',
          staff: await service.finishedStaff('sint-jan'),
        }),
        emptyOverview: renderOnboardingOverviewCard({ schoolName: 'Sint-Janscollege', staff: [] }),
      };
    }
  }
  throw new Error('the course did not end in a summary');
}

describe('onboarding cards', () => {
  it('should render every card as Adaptive Card 1.5 with all template expressions bound', async () => {
    for (const [name, card] of Object.entries(await allCards())) {
      expect(card.version, name).toBe('1.5');
      expect(JSON.stringify(card), name).not.toContain('${');
      for (const type of typesIn(card)) expect(knownTypes.has(type), `${name}: ${type}`).toBe(true);
    }
  });

  it('should show the wrong answer, the right one and the explanation in Dutch', async () => {
    const { answered } = await allCards();
    const question = course.forRole('mentor').steps[0]!.questions[0]!;
    const text = JSON.stringify(answered);
    expect(text).toContain(`Niet goed. Het juiste antwoord is: ${question.answer}`);
    expect(text).toContain('"color":"Attention"');
  });

  it('should keep every step card of both courses well under the Teams message size limit (~28 KB)', async () => {
    for (const role of ['mentor', 'zorgcoordinator'] as const) {
      const service = createOnboardingService({ course });
      await service.start({ user, role });
      for (const [index, step] of course.forRole(role).steps.entries()) {
        const view = await service.answer({
          user,
          role,
          stepIndex: index,
          choices: Object.fromEntries(step.questions.map((question) => [question.id, 0])),
        });
        expect(
          Buffer.byteLength(JSON.stringify(renderOnboardingStepCard(knowledge, view))),
          `${role} ${step.id}`,
        ).toBeLessThan(24_000);
        await service.next({ user, role, stepIndex: index });
      }
    }
  });

  it('should keep the card JSON stable', async () => {
    const cards = await allCards();
    // The step card carries the full section texts; the snapshot keeps its structure, not the protocol text.
    const structure = structuredClone(cards.answered) as {
      body: { type: string; actions?: { card: { body: { text: string }[] } }[] }[];
    };
    for (const element of structure.body.filter((each) => each.type === 'ActionSet')) {
      for (const action of element.actions ?? []) action.card.body[1]!.text = '…';
    }
    expect({ ...cards, step: undefined, answered: structure }).toMatchSnapshot();
  });
});
