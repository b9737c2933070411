import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadOnboardingCourse } from './course.js';
import { OnboardingStaleActionError } from './onboarding-errors.js';
import { createOnboardingService } from './onboarding-service.js';
import { createMemoryOnboardingProgressStore } from './progress-store.js';

const course = loadOnboardingCourse({ knowledge: loadKnowledgeBase() });
const steps = course.forRole('mentor').steps;

function setup() {
  let clock = new Date('2026-11-02T09:00:00Z');
  const store = createMemoryOnboardingProgressStore();
  const service = createOnboardingService({ course, store, now: () => clock });
  return { store, service, tick: (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000)) };
}

const rightChoices = (index: number) =>
  Object.fromEntries(
    steps[index]!.questions.map((question) => [question.id, question.options.indexOf(question.answer)]),
  );

describe('onboarding service', () => {
  it('should count an answer once: a second choice for the same question is ignored', async () => {
    const { service } = setup();
    const user = { id: 'u1', name: 'Mentor Een' };
    await service.start({ user, role: 'mentor' });
    const question = steps[0]!.questions[0]!;
    const wrong = question.options.findIndex((option) => option !== question.answer);
    const first = await service.answer({ user, role: 'mentor', stepIndex: 0, choices: { [question.id]: wrong } });
    expect(first.feedback).toEqual([
      expect.objectContaining({ questionId: question.id, correct: false, answer: question.answer }),
    ]);
    const second = await service.answer({
      user,
      role: 'mentor',
      stepIndex: 0,
      choices: { [question.id]: question.options.indexOf(question.answer) },
    });
    expect(second.feedback[0]!.correct).toBe(false);
  });

  it('should complete after the last step and list the user once per school with the first date', async () => {
    const { service, store, tick } = setup();
    const user = { id: 'u2', name: 'Mentor Twee', schoolId: 'sint-jan' };
    for (const round of [1, 2]) {
      await service.start({ user, role: 'mentor' });
      for (const index of steps.keys()) {
        await service.answer({ user, role: 'mentor', stepIndex: index, choices: rightChoices(index) });
        const view = await service.next({ user, role: 'mentor', stepIndex: index });
        if (index === steps.length - 1)
          expect(view).toMatchObject({
            kind: 'summary',
            score: { correct: view.kind === 'summary' ? view.score.total : -1 },
          });
      }
      if (round === 1) tick(60 * 24);
    }
    await service.start({ user: { id: 'u3', name: 'Elders', schoolId: 'andere' }, role: 'mentor' });
    expect(await service.finishedStaff('sint-jan')).toEqual([
      { userName: 'Mentor Twee', completedAt: '2026-11-02T09:00:00.000Z' },
    ]);
    expect(await service.finishedStaff('andere')).toEqual([]);
    expect((await store.get('u2'))?.status).toBe('completed');
  });

  it('should refuse a card of another course or of a user who never started', async () => {
    const { service } = setup();
    const user = { id: 'u4', name: 'Vier' };
    await expect(service.next({ user, role: 'mentor', stepIndex: 0 })).rejects.toBeInstanceOf(
      OnboardingStaleActionError,
    );
    await service.start({ user, role: 'zorgcoordinator' });
    await expect(service.previous({ user, role: 'mentor', stepIndex: 1 })).rejects.toMatchObject({
      reason: 'otherCourse',
    });
    await expect(service.next({ user, role: 'zorgcoordinator', stepIndex: 99 })).rejects.toMatchObject({
      reason: 'unknownStep',
    });
  });

  it('should offer to resume a stopped course at its step', async () => {
    const { service } = setup();
    const user = { id: 'u5', name: 'Vijf' };
    await service.start({ user, role: 'mentor' });
    await service.answer({ user, role: 'mentor', stepIndex: 0, choices: rightChoices(0) });
    await service.next({ user, role: 'mentor', stepIndex: 0 });
    await service.stop({ user, role: 'mentor', stepIndex: 1 });
    const start = await service.open({ user, suggestedRole: 'mentor' });
    expect(start.resumable).toMatchObject({ role: 'mentor', stepIndex: 1, stepCount: steps.length });
    const resumed = await service.resume({ user });
    expect(resumed).toMatchObject({ kind: 'step', stepIndex: 1 });
  });
});
