import { describe, expect, it } from 'vitest';
import { adviseSituation } from './advise-situation.js';
import type { Advice } from './advice.js';
import { parseSituation } from './parse-situation.js';
import { situationAdviceView, situationCardView, unreadSituationCardView } from './situation-view.js';

const now = () => new Date('2026-03-02T09:00:00Z');

describe('situationAdviceView', () => {
  it('should number the steps, put who and when first, and prefill the buttons with what was understood', () => {
    const advice = adviseSituation(
      parseSituation('Sanne (14) is deze periode 9 keer te laat gekomen', { now }),
    ) as Advice;
    const view = situationAdviceView(advice);
    expect(view.title).toBe('Wat nu? Sanne');
    expect(view.steps[0]).toMatchObject({ number: 1, first: true, detailsId: 'situation-step-1' });
    expect(view.steps[0]!.facts[0]!.title).toBe('Wie');
    expect(view.moreTargets.at(-1)).toBe('situation-more');
    expect(view.guideData).toMatchObject({ verb: 'guide-start', pupilFirstName: 'Sanne', age: 14 });
    expect(view.aanmeldData.prefill).toMatchObject({
      pupilName: 'Sanne',
      q6OtherAbsence: 'ja',
      q6Which: 'te laat komen',
    });
    expect(view.planData).toEqual({ verb: 'case-plan', situation: advice.situation });
    expect(view.showPlan).toBe(true);
  });
});

describe('situationCardView', () => {
  it('should show known numbers as Dutch text and unknown ones empty', () => {
    const view = situationCardView(parseSituation('Daan (13) heeft 1,5 dag gespijbeld', { now }), 'Wanneer?');
    expect(view).toMatchObject({ question: 'Wanneer?', pupilFirstName: 'Daan', age: '13', lateCount: '' });
    expect(view.truancyDays).toBe('1,5');
    expect(view).toMatchObject({ preventiveTalkHeld: 'false' });
  });

  it('should give back exactly what was typed when the card could not be read', () => {
    const view = unreadSituationCardView({ lateCount: 'negen', age: 1.5, stagnation: true }, 'Sommige velden …');
    expect(view).toMatchObject({ lateCount: 'negen', age: '1,5', stagnation: 'true', waitingList: 'false' });
  });
});
