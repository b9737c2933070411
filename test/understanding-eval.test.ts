import { describe, expect, it } from 'vitest';
import { createAnswerService } from '../src/answers/answer-service.js';
import { createAssistant } from '../src/assistant/respond.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import {
  evaluateCapabilities,
  evaluateSituations,
  loadCapabilityItems,
  loadSituationItems,
  understandingCorpus,
  type UnderstandingReport,
} from './eval/evaluate-understanding.js';

const knowledge = loadKnowledgeBase();
const assistant = createAssistant({ knowledge, answers: createAnswerService({ knowledge }) });

/** A group's pass rate: only the figure is read, never the items (the frozen part is not to be looked at). */
function rate(report: UnderstandingReport, group: string): number {
  const figures = report.groups.get(group);
  if (!figures) throw new Error(`no ${group} items`);
  return figures.pass / figures.total;
}

/** The round an item was written in: "sit6-012" → 6; the first round's ids carry no number. */
const roundOf = (id: string) => Number(/^(?:cap|sit)(\d+)-/.exec(id)?.[1] ?? 1);
/** The first three rounds of each corpus, on which the floors below were first measured (6 Dec 2026). */
const earlyRounds = <T extends { readonly id: string }>(items: readonly T[]) =>
  items.filter((item) => roundOf(item.id) <= 3);
/** Rounds one to five, on which the floors of the whole corpora were measured (6 Dec 2026, second stop). */
const firstFiveRounds = <T extends { readonly id: string }>(items: readonly T[]) =>
  items.filter((item) => roundOf(item.id) <= 5);
/** Round six, written blind in the third stop, with floors of its own. */
const sixthRound = <T extends { readonly id: string }>(items: readonly T[]) =>
  items.filter((item) => roundOf(item.id) === 6);
/** Round seven, written blind in the fourth stop, with floors of its own. */
const seventhRound = <T extends { readonly id: string }>(items: readonly T[]) =>
  items.filter((item) => roundOf(item.id) === 7);

/**
 * The figures the README reports for the understanding step, as floors just under what was measured,
 * so that a change that understands staff less well fails here. Targets are in issue 14. The first
 * rounds keep the floors they had; the whole corpora (with the later rounds, written the same way, on
 * which everything scores lower because no one had tuned to them) have their own, measured when added.
 */
describe('understanding on the blind corpora', () => {
  it('should open capability requests and answer questions about capabilities', { timeout: 120_000 }, async () => {
    const tuningItems = loadCapabilityItems(understandingCorpus.capabilities.tuning);
    const frozenItems = loadCapabilityItems(understandingCorpus.capabilities.frozen);
    const tuning = await evaluateCapabilities(assistant, firstFiveRounds(tuningItems));
    const frozen = await evaluateCapabilities(assistant, firstFiveRounds(frozenItems));
    const sixthTuning = await evaluateCapabilities(assistant, sixthRound(tuningItems));
    const sixthFrozen = await evaluateCapabilities(assistant, sixthRound(frozenItems));
    const earlyTuning = await evaluateCapabilities(assistant, earlyRounds(tuningItems));
    const earlyFrozen = await evaluateCapabilities(assistant, earlyRounds(frozenItems));
    expect(rate(earlyTuning, 'open')).toBeGreaterThanOrEqual(0.98);
    expect(rate(earlyFrozen, 'open')).toBeGreaterThanOrEqual(0.895);
    expect(rate(earlyTuning, 'answer')).toBeGreaterThanOrEqual(0.93);
    expect(rate(earlyFrozen, 'answer')).toBeGreaterThanOrEqual(0.95);
    expect(rate(tuning, 'open')).toBeGreaterThanOrEqual(0.97);
    expect(rate(frozen, 'open')).toBeGreaterThanOrEqual(0.88);
    expect(rate(tuning, 'answer')).toBeGreaterThanOrEqual(0.955);
    expect(rate(frozen, 'answer')).toBeGreaterThanOrEqual(0.96);
    expect(rate(sixthTuning, 'open')).toBeGreaterThanOrEqual(0.94);
    expect(rate(sixthFrozen, 'open')).toBeGreaterThanOrEqual(0.82);
    expect(rate(sixthTuning, 'answer')).toBeGreaterThanOrEqual(0.9);
    expect(rate(sixthFrozen, 'answer')).toBeGreaterThanOrEqual(0.9);
  });

  it("should give situations the protocol's next step", { timeout: 120_000 }, async () => {
    const tuningItems = loadSituationItems(understandingCorpus.situations.tuning);
    const frozenItems = loadSituationItems(understandingCorpus.situations.frozen);
    const tuning = await evaluateSituations(assistant, firstFiveRounds(tuningItems));
    const frozen = await evaluateSituations(assistant, firstFiveRounds(frozenItems));
    const sixthTuning = await evaluateSituations(assistant, sixthRound(tuningItems));
    const sixthFrozen = await evaluateSituations(assistant, sixthRound(frozenItems));
    const earlyTuning = await evaluateSituations(assistant, earlyRounds(tuningItems));
    const earlyFrozen = await evaluateSituations(assistant, earlyRounds(frozenItems));
    expect(rate(earlyTuning, 'situation')).toBeGreaterThanOrEqual(0.975);
    expect(rate(earlyFrozen, 'situation')).toBeGreaterThanOrEqual(0.765);
    expect(rate(tuning, 'situation')).toBeGreaterThanOrEqual(0.96);
    expect(rate(frozen, 'situation')).toBeGreaterThanOrEqual(0.805);
    expect(rate(tuning, 'needs-info')).toBeGreaterThanOrEqual(0.9);
    expect(rate(frozen, 'needs-info')).toBeGreaterThanOrEqual(0.86);
    expect(rate(sixthTuning, 'situation')).toBeGreaterThanOrEqual(0.88);
    expect(rate(sixthFrozen, 'situation')).toBeGreaterThanOrEqual(0.72);
    expect(rate(sixthTuning, 'needs-info')).toBeGreaterThanOrEqual(0.73);
    expect(rate(sixthFrozen, 'needs-info')).toBeGreaterThanOrEqual(0.5);
  });
});
