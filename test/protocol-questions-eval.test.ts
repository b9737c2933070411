import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnswerService } from '../src/answers/answer-service.js';
import { createAssistant } from '../src/assistant/respond.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { corpusFiles, evaluate, loadEvalQuestions } from './eval/evaluate.js';

/**
 * The figures as reached (`npm run eval`), as floors and ceilings just past the measured values. Dev set: 95.4% pass
 * (3 of them by the "wat nu?" rules, with the same citation and fact checks), 94.8% citations, no false refusals or
 * false answers. The fifth stop added the passage questions and re-picked the confidence threshold on the tuning
 * part's curve: false refusals and false answers both fell on every part. The sixth stop added two more questions
 * per passage: pass and false refusals improved on every part (all frozen: 633 → 640 of 808, false refusals 42 → 33
 * of 710), while false answers rose (frozen 19 → 21 of 98; r1-4 9 → 10 of 55 and r6 4 → 5 of 19, tuning 9 → 14
 * of 92) and round 6's tuning part lost one pass (93 → 92 of 119): those ceilings and that floor follow the
 * measured trade, written down in docs/evaluation.md ("Sixth session"). The seventh stop refused questions about a
 * product, place, law or holiday the documents never name, and stopped taking glued words for names: false answers
 * fell on most parts (frozen rounds 1-4 10 → 9 of 55, round 5 6 → 3 of 24; all frozen with round 7 26 → 22 of
 * 112), so those ceilings come down. The eighth stop took chat's asides ("we", "klopt het", English function words)
 * out of what a section must hold: all frozen 792 → 798 of 1017, tuning 769 → 770 of 990, but rounds 1-4's tuning
 * part 384 → 383 of 489 (three questions there now find a section written in the "we" form less): that floor follows
 * the measured trade (docs/evaluation.md, "Eighth session"). The eleventh stop added round 10 (200 questions; its
 * floors are what it reached) and rounds 1-4's frozen part passed 444 → 445 of 538 with one more false refusal (16 →
 * 17 of 483): that ceiling follows the measured trade (docs/evaluation.md, "Eleventh session"). Frozen parts are read
 * only as these aggregates.
 * Latency is held loosely here because test workers share the machine; `npm run bench` measures it.
 */
const reached = {
  dev: { passRate: 0.95, citationAccuracy: 0.94, falseRefusalRate: 0.0, falseAnswerRate: 0 },
  tuning: { passRate: 0.783, citationAccuracy: 0.85, falseRefusalRate: 0.046, falseAnswerRate: 0.178 },
  frozen: { passRate: 0.82, citationAccuracy: 0.89, falseRefusalRate: 0.036, falseAnswerRate: 0.164 },
  // Rounds 5 and 6, written blind in the fourth stop (300 and 240 questions, 50 and 40 the documents do not
  // answer), floors of their own.
  fifthTuning: { passRate: 0.78, citationAccuracy: 0.815, falseRefusalRate: 0.097, falseAnswerRate: 0.039 },
  // Sixteenth session: one question of round 5's frozen part the documents do not answer is now answered, and one of
  // round 7's refused (frozen false answers in all: 48 of 220 before and after), so this floor moved from 3 to 4 of 24.
  fifthFrozen: { passRate: 0.71, citationAccuracy: 0.76, falseRefusalRate: 0.105, falseAnswerRate: 0.167 },
  sixthTuning: { passRate: 0.77, citationAccuracy: 0.8, falseRefusalRate: 0.093, falseAnswerRate: 0.096 },
  sixthFrozen: { passRate: 0.805, citationAccuracy: 0.83, falseRefusalRate: 0.04, falseAnswerRate: 0.264 },
  // Round 7, written blind in the seventh stop (220 questions, 30 the documents do not answer). Before any change
  // for it: pass 83 of 114 tuning, 83 of 106 frozen; false answers 5 of 16 and 5 of 14.
  seventhTuning: { passRate: 0.77, citationAccuracy: 0.815, falseRefusalRate: 0.103, falseAnswerRate: 0.063 },
  seventhFrozen: { passRate: 0.78, citationAccuracy: 0.845, falseRefusalRate: 0.088, falseAnswerRate: 0.358 },
  // Round 8, written blind in the eighth stop (220 questions, 50 the documents do not answer, most close to the
  // protocol's subjects). Before any change: tuning 79 of 117 passed, false answers 7 of 26; frozen 60 of 103,
  // false answers 11 of 24. Its floors are what the eighth stop reached: tuning 91 of 117, frozen 62 of 103.
  eighthTuning: { passRate: 0.777, citationAccuracy: 0.813, falseRefusalRate: 0.066, falseAnswerRate: 0.039 },
  eighthFrozen: { passRate: 0.6, citationAccuracy: 0.734, falseRefusalRate: 0.127, falseAnswerRate: 0.459 },
  // Round 9, written blind in the ninth stop (220 questions, 50 the documents do not answer: details inside a
  // section, two documents at once, a body named without the detail asked). Before any change: tuning 78 of 119
  // passed, false refusals 15 of 94, false answers 8 of 25; frozen 75 of 101, 6 of 76, 7 of 25. Its floors are what
  // the ninth stop reached: tuning 89 of 119, frozen 76 of 101.
  ninthTuning: { passRate: 0.745, citationAccuracy: 0.815, falseRefusalRate: 0.065, falseAnswerRate: 0.201 },
  ninthFrozen: { passRate: 0.75, citationAccuracy: 0.85, falseRefusalRate: 0.067, falseAnswerRate: 0.281 },
  tenthTuning: { passRate: 0.74, citationAccuracy: 0.85, falseRefusalRate: 0.059, falseAnswerRate: 0.143 },
  tenthFrozen: { passRate: 0.69, citationAccuracy: 0.73, falseRefusalRate: 0.148, falseAnswerRate: 0.334 },
  // Round 11, written blind in the twelfth session (200 questions, 20 the documents do not answer). Before any change
  // for it: tuning 60 of 86 passed, frozen 80 of 114 (false refusals 6 of 106, false answers 1 of 8). Its floors are
  // what the session reached, the same.
  eleventhTuning: { passRate: 0.69, citationAccuracy: 0.86, falseRefusalRate: 0.042, falseAnswerRate: 0.334 },
  eleventhFrozen: { passRate: 0.7, citationAccuracy: 0.82, falseRefusalRate: 0.057, falseAnswerRate: 0.126 },
  // Round 12, written blind in the thirteenth session (200 questions, 25 the documents do not answer, as close to their
  // subjects as the rest; a third told with a case first). Before any change for it: tuning 73 of 99 passed (false
  // refusals 5 of 89, false answers 7 of 10), frozen 65 of 101 (7 of 86, 7 of 15). Its floors are what the session
  // reached: tuning 75 of 99 (false refusals 3 of 89, false answers 6 of 10), frozen the same.
  twelfthTuning: { passRate: 0.75, citationAccuracy: 0.88, falseRefusalRate: 0.034, falseAnswerRate: 0.61 },
  twelfthFrozen: { passRate: 0.64, citationAccuracy: 0.77, falseRefusalRate: 0.082, falseAnswerRate: 0.47 },
  // Round 13, written blind in the fourteenth session (200 questions: a fifth as 2-5 word search queries, a fifth long
  // with the question in the middle, comparisons, why and what-if, the year reports' figures, wrong assumptions; 25 the
  // documents do not answer). Before any change for it: tuning 58 of 96 (false refusals 6 of 83, false answers 7 of
  // 13), frozen 60 of 104 (5 of 92, 5 of 12). Its floors are what the session reached: tuning 62 of 96, frozen the
  // same.
  thirteenthTuning: { passRate: 0.64, citationAccuracy: 0.75, falseRefusalRate: 0.073, falseAnswerRate: 0.54 },
  thirteenthFrozen: { passRate: 0.57, citationAccuracy: 0.71, falseRefusalRate: 0.055, falseAnswerRate: 0.42 },
  // Round 14, written blind in the fifteenth session (200 questions: two in one, greetings and sign-offs, conditions,
  // negations, a case told first, the forms' and the leidraad's contents, a tenth in English; 25 the documents do not
  // answer). Before any change for it: tuning 75 of 110 (false refusals 7 of 95, false answers 8 of 15), frozen 68 of
  // 90 (6 of 80, 3 of 10). Its floors are what the session reached: tuning 82 of 110 (1 of 95, 7 of 15), frozen the
  // same as before.
  fourteenthTuning: { passRate: 0.74, citationAccuracy: 0.85, falseRefusalRate: 0.011, falseAnswerRate: 0.47 },
  fourteenthFrozen: { passRate: 0.75, citationAccuracy: 0.83, falseRefusalRate: 0.076, falseAnswerRate: 0.31 },
  // Round 15, written blind in the sixteenth session (200 questions: one for every section with text of its own, the
  // fact often mid-section, two thirds in plain chat wording; 20 the documents do not answer). Before any change for
  // it: tuning 75 of 92 (false refusals 5 of 80, false answers 2 of 12), frozen 92 of 108 (7 of 100, 0 of 8). Its
  // floors are what the session reached: tuning 79 of 92 (3 of 80, 2 of 12), frozen the same as before.
  fifteenthTuning: { passRate: 0.85, citationAccuracy: 0.865, falseRefusalRate: 0.038, falseAnswerRate: 0.167 },
  fifteenthFrozen: { passRate: 0.85, citationAccuracy: 0.865, falseRefusalRate: 0.071, falseAnswerRate: 0.0 },
  // Round 16, written blind in the seventeenth session (200 questions written as eight people with a style of their
  // own; 20 the documents do not answer). Before any change for it: tuning 53 of 99 (false refusals 11 of 87, false
  // answers 3 of 12), frozen 63 of 101 (11 of 93, 5 of 8). Its floors are what the session reached: tuning 59 of 99
  // (11 of 87, 3 of 12), frozen 64 of 101 (11 of 93, 5 of 8).
  sixteenthTuning: { passRate: 0.59, citationAccuracy: 0.685, falseRefusalRate: 0.127, falseAnswerRate: 0.251 },
  sixteenthFrozen: { passRate: 0.63, citationAccuracy: 0.74, falseRefusalRate: 0.119, falseAnswerRate: 0.626 },
};
/** The round a question was written in ("q5-012" → 5); rounds one to three share the first floors with four. */
const roundOf = (question: { readonly id: string }) => Math.max(4, Number(/^q(\d+)-/.exec(question.id)?.[1] ?? 4));

const knowledge = loadKnowledgeBase();
const assistant = createAssistant({ knowledge, answers: createAnswerService({ knowledge }) });

describe('protocol questions dev set', () => {
  const questions = loadEvalQuestions();

  it('should hold at least 80 questions, 10 of them not answered by the documents', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(questions.filter((question) => question.expect.kind === 'none').length).toBeGreaterThanOrEqual(10);
  });

  it('should keep the pass rate, and refuse every question the documents do not answer', async () => {
    const report = await evaluate(assistant, questions);
    expect(report.falseAnswerRate).toBeLessThanOrEqual(reached.dev.falseAnswerRate);
    expect(report.falseRefusalRate).toBeLessThanOrEqual(reached.dev.falseRefusalRate);
    expect(report.passRate).toBeGreaterThanOrEqual(reached.dev.passRate);
    expect(report.citationAccuracy).toBeGreaterThanOrEqual(reached.dev.citationAccuracy);
  });
});

describe.each([
  ['tuning, rounds 1-4', corpusFiles.tuning, reached.tuning, 4],
  ['frozen, rounds 1-4', corpusFiles.frozen, reached.frozen, 4],
  ['tuning, round 5', corpusFiles.tuning, reached.fifthTuning, 5],
  ['frozen, round 5', corpusFiles.frozen, reached.fifthFrozen, 5],
  ['tuning, round 6', corpusFiles.tuning, reached.sixthTuning, 6],
  ['frozen, round 6', corpusFiles.frozen, reached.sixthFrozen, 6],
  ['tuning, round 7', corpusFiles.tuning, reached.seventhTuning, 7],
  ['frozen, round 7', corpusFiles.frozen, reached.seventhFrozen, 7],
  ['tuning, round 8', corpusFiles.tuning, reached.eighthTuning, 8],
  ['frozen, round 8', corpusFiles.frozen, reached.eighthFrozen, 8],
  ['tuning, round 9', corpusFiles.tuning, reached.ninthTuning, 9],
  ['frozen, round 9', corpusFiles.frozen, reached.ninthFrozen, 9],
  ['tuning, round 10', corpusFiles.tuning, reached.tenthTuning, 10],
  ['frozen, round 10', corpusFiles.frozen, reached.tenthFrozen, 10],
  ['tuning, round 11', corpusFiles.tuning, reached.eleventhTuning, 11],
  ['frozen, round 11', corpusFiles.frozen, reached.eleventhFrozen, 11],
  ['tuning, round 12', corpusFiles.tuning, reached.twelfthTuning, 12],
  ['frozen, round 12', corpusFiles.frozen, reached.twelfthFrozen, 12],
  ['tuning, round 13', corpusFiles.tuning, reached.thirteenthTuning, 13],
  ['frozen, round 13', corpusFiles.frozen, reached.thirteenthFrozen, 13],
  ['tuning, round 14', corpusFiles.tuning, reached.fourteenthTuning, 14],
  ['frozen, round 14', corpusFiles.frozen, reached.fourteenthFrozen, 14],
  ['tuning, round 15', corpusFiles.tuning, reached.fifteenthTuning, 15],
  ['frozen, round 15', corpusFiles.frozen, reached.fifteenthFrozen, 15],
  ['tuning, round 16', corpusFiles.tuning, reached.sixteenthTuning, 16],
  ['frozen, round 16', corpusFiles.frozen, reached.sixteenthFrozen, 16],
] as const)('protocol questions blind corpus, %s', (_name, file, floors, round) => {
  it.skipIf(!existsSync(file))('should keep pass rate, citations, false refusals and false answers', async () => {
    const questions = loadEvalQuestions(file).filter((question) => roundOf(question) === round);
    const report = await evaluate(assistant, questions);
    // Aggregates only: a failure shows a rate, never an item.
    expect(report.passRate).toBeGreaterThanOrEqual(floors.passRate);
    expect(report.citationAccuracy).toBeGreaterThanOrEqual(floors.citationAccuracy);
    expect(report.falseRefusalRate).toBeLessThanOrEqual(floors.falseRefusalRate);
    expect(report.falseAnswerRate).toBeLessThanOrEqual(floors.falseAnswerRate);
  });
});
