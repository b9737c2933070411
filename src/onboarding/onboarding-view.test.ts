import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadOnboardingCourse } from './course.js';
import { createOnboardingService } from './onboarding-service.js';
import {
  choicesFromCard,
  onboardingOverviewCardData,
  onboardingStartCardData,
  onboardingStepCardData,
} from './onboarding-view.js';

const knowledge = loadKnowledgeBase();
const course = loadOnboardingCourse({ knowledge });
const user = { id: 'u1', name: 'Mentor De Vries', schoolId: 'sint-jan' };

describe('onboarding views', () => {
  it('should name each question input so that the chosen options come back from the card', async () => {
    const service = createOnboardingService({ course });
    const view = onboardingStepCardData(knowledge, await service.start({ user, role: 'mentor' }));
    expect(view.progressText).toMatch(/^stap 1 van \d+$/);
    expect(view.sourceLine).toMatch(/^Bron: /);
    const [question] = view.questions;
    expect(question!.inputId).toMatch(/^answer-/);
    expect(choicesFromCard({ [question!.inputId]: '1', 'answer-other': '', verb: 'onboarding-answer' })).toEqual({
      [question!.inputId.slice('answer-'.length)]: 1,
    });
    expect(choicesFromCard({ 'answer-x': 'twee', 'answer-y': '12' })).toEqual({});
  });

  it('should offer the suggested course first and say when the course was finished, in Dutch', async () => {
    const service = createOnboardingService({ course, now: () => new Date('2026-11-02T09:00:00Z') });
    const view = onboardingStartCardData(await service.open({ user, suggestedRole: 'zorgcoordinator' }));
    expect(view.roles[0]!.role).toBe('zorgcoordinator');
    expect(view.roles[0]!.buttonTitle).toMatch(/^Start: /);
    const overview = onboardingOverviewCardData({
      schoolName: 'Sint-Janscollege',
      staff: [{ userName: 'Mentor De Vries', completedAt: '2026-11-02T09:00:00Z' }],
    });
    expect(overview.countText).toBe('1 collega heeft de onboarding afgerond:');
    expect(overview.staff).toEqual([{ name: 'Mentor De Vries', date: '2 november 2026' }]);
  });
});
