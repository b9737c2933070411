import { renderCard } from '../../../cards/render-card.js';
import type { KnowledgeBase } from '../../../src/knowledge/knowledge-base.js';
import { createOnboardingService, loadOnboardingCourse } from '../../../src/onboarding/index.js';
import {
  onboardingStartCardData,
  onboardingStepCardData,
  onboardingSummaryCardData,
} from '../../../src/onboarding/onboarding-view.js';
import { galleryCollector, now, type GalleryCard } from './gallery-common.js';

/** The onboarding course: its start, a step, and the summary after the last step. */
export async function onboardingCards(knowledge: KnowledgeBase): Promise<GalleryCard[]> {
  const { cards, add } = galleryCollector();
  const course = loadOnboardingCourse({ knowledge });
  const onboarding = createOnboardingService({ course, now });
  const user = { id: 'u1', name: 'Mentor De Vries', schoolId: 'school-a' };
  add(
    'onboarding-start',
    renderCard('onboarding-start', onboardingStartCardData(await onboarding.open({ user, suggestedRole: 'mentor' }))),
  );
  add(
    'onboarding-stap',
    renderCard('onboarding-step', onboardingStepCardData(knowledge, await onboarding.start({ user, role: 'mentor' }))),
  );
  const steps = course.forRole('mentor').steps;
  for (const [index, each] of steps.entries()) {
    await onboarding.answer({
      user,
      role: 'mentor',
      stepIndex: index,
      choices: Object.fromEntries(each.questions.map((entry) => [entry.id, entry.options.indexOf(entry.answer)])),
    });
    const view = await onboarding.next({ user, role: 'mentor', stepIndex: index });
    if (view.kind === 'summary')
      add(
        'onboarding-samenvatting',
        renderCard('onboarding-summary', onboardingSummaryCardData(view, new Map([['wat nu?', 'Wat nu?']]))),
      );
  }
  return cards;
}
