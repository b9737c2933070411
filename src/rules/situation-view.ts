import { actorLabels, type Advice } from './advice.js';
import type { Situation } from './situation.js';

/**
 * The data the "wat nu?" card templates (`cards/situation-advice.json`, `cards/situation.json`) bind to:
 * plain data, Dutch text, every step with its source. The bot renders it; nothing here knows about Teams.
 */

/** The aanmeldformulier's reason ids, by the rules' numbered reasons. */
const formReasonIds = {
  1: 'meer-dan-4-dagen',
  2: 'langer-dan-een-week',
  3: 'drie-keer-in-2-maanden',
  4: 'anders-opvallend',
} as const;

/** The Situatie card's yes/no fields: the situation's events. */
export const situationToggleFields = [
  'sentHomeSickOften',
  'preventiveTalkHeld',
  'absenceAgainAfterTalk',
  'jeugdartsNoShow',
  'notCooperating',
  'backgroundProblems',
  'zatDiscussed',
  'stagnation',
  'waitingList',
  'noAgreement',
] as const;

/** The Situatie card's number fields (text inputs: see `bot/situation-card-input.ts`). */
export const situationNumberFields = [
  'age',
  'lateCount',
  'truancyHours',
  'truancyDagdelen',
  'truancyDays',
  'sickReports',
  'sickDays',
  'sickPeriodWeeks',
  'consecutiveSickDays',
  'homeWeeks',
] as const;

const textFields = ['pupilFirstName', 'schoolType', ...situationNumberFields] as const;
const numberFieldSet: ReadonlySet<string> = new Set(situationNumberFields);

function primaryConcern(advice: Advice): string {
  return advice.understood.filter((line) => !line.startsWith('Leerling:')).join('; ');
}

function stepsView(advice: Advice) {
  return advice.steps.map((step, index) => ({
    number: index + 1,
    first: index === 0,
    detailsId: `situation-step-${index + 1}`,
    title: step.title,
    what: step.what,
    // On the first screen: who and when, and the first source; the rest behind "Meer".
    facts: [
      { title: 'Wie', value: step.who.map((actor) => actorLabels[actor]).join(', ') },
      ...(step.deadline ? [{ title: 'Wanneer', value: step.deadline }] : []),
    ],
    moreFacts: [
      ...(step.inform ? [{ title: 'Informeer', value: step.inform }] : []),
      ...(step.tell ? [{ title: 'Vertel leerling en ouders', value: step.tell }] : []),
    ],
    source: step.sources[0]?.label ?? '',
    moreSources: step.sources
      .slice(1)
      .map((source) => source.label)
      .join('; '),
  }));
}

/** The buttons' data: the guide, the two forms prefilled, "Situatie aanpassen" and "Zet deze stappen klaar". */
function actionsView(advice: Advice) {
  const { situation } = advice;
  const name = situation.pupilFirstName;
  const concern = primaryConcern(advice);
  const truancy =
    situation.truancyHours !== undefined ||
    situation.truancyDagdelen !== undefined ||
    situation.truancyDays !== undefined;
  const otherAbsence = [situation.lateCount !== undefined ? 'te laat komen' : '', truancy ? 'spijbelen' : ''].filter(
    Boolean,
  );
  return {
    showGuide: advice.applies.gespreksleidraad,
    showAanmeld: advice.applies.aanmeldformulier,
    showCoach: advice.applies.verzuimcoach,
    guideData: {
      verb: 'guide-start',
      ...(name ? { pupilFirstName: name } : {}),
      ...(situation.age !== undefined ? { age: situation.age } : {}),
      ...(concern ? { concern } : {}),
    },
    aanmeldData: {
      verb: 'form-open',
      formType: 'aanmeldformulier',
      prefill: {
        ...(name ? { pupilName: name } : {}),
        reasons: advice.aanmeldReasons.map((reason) => formReasonIds[reason]).join(','),
        absenceOverview: advice.understood.join('\n'),
        ...(otherAbsence.length > 0 ? { q6OtherAbsence: 'ja', q6Which: otherAbsence.join(', ') } : {}),
      },
    },
    coachData: {
      verb: 'form-open',
      formType: 'verzuimcoach',
      prefill: { ...(name ? { pupilName: name } : {}), absenceExtent: concern },
    },
    editData: { verb: 'situation-edit', situation },
    // "Zet deze stappen klaar" (bot/routes/cases.ts): the steps as actions with dates on the pupil's case.
    showPlan: Boolean(name) && advice.steps.length > 0,
    planData: { verb: 'case-plan', situation },
  };
}

/**
 * The advice card's data: steps in order with who, deadline, whom to inform, what to tell, sources,
 * contradictions, buttons.
 */
export function situationAdviceView(advice: Advice) {
  const name = advice.situation.pupilFirstName;
  const { showGuide, showAanmeld, showCoach, guideData, aanmeldData, coachData, editData, showPlan, planData } =
    actionsView(advice);
  return {
    title: name ? `Wat nu? ${name}` : 'Wat nu?',
    understood: advice.understood.join('; '),
    steps: stepsView(advice),
    moreTitle: advice.steps.length > 1 ? 'Meer uitleg per stap' : 'Meer: wat vertellen, met wie',
    moreTargets: [...advice.steps.map((_step, index) => `situation-step-${index + 1}`), 'situation-more'],
    talkWith: advice.talkWith.text,
    talkWithSources: advice.talkWith.sources.map((source) => source.label).join('; '),
    notes: advice.notes.map((note) => ({
      text:
        note.sources.length > 0
          ? `${note.text} (Bron: ${note.sources.map((source) => source.label).join('; ')})`
          : note.text,
    })),
    contradictions: advice.contradictions.map((entry) => ({
      summary: entry.summary,
      readings: entry.readings.map((reading) => ({ text: reading.text, label: reading.label })),
    })),
    showGuide,
    showAanmeld,
    showCoach,
    guideData,
    aanmeldData,
    coachData,
    editData,
    showPlan,
    planData,
  };
}

/** The "Situatie" card's data, prefilled with what is known, and the one question when something is missing. */
export function situationCardView(situation: Situation | undefined, question = '') {
  const value = (input: string | undefined) => input ?? '';
  // Text inputs: a known number as Dutch text, unknown as empty.
  const number = (input: number | undefined) => (input === undefined ? '' : String(input).replace('.', ','));
  const events = situation?.events ?? {};
  return {
    question,
    pupilFirstName: value(situation?.pupilFirstName),
    age: number(situation?.age),
    schoolType: value(situation?.schoolType),
    lateCount: number(situation?.lateCount),
    truancyHours: number(situation?.truancyHours),
    truancyDagdelen: number(situation?.truancyDagdelen),
    truancyDays: number(situation?.truancyDays),
    sickReports: number(situation?.sickReports),
    sickDays: number(situation?.sickDays),
    sickPeriodWeeks: number(situation?.sickPeriod ? Math.round((situation.sickPeriod.days / 7) * 10) / 10 : undefined),
    consecutiveSickDays: number(situation?.consecutiveSickDays),
    homeWeeks: number(situation?.homeWeeks),
    ...Object.fromEntries(situationToggleFields.map((key) => [key, events[key] ? 'true' : 'false'])),
  };
}

/** The "Situatie" card's data again with exactly what was typed (input that could not be read), and why. */
export function unreadSituationCardView(data: unknown, question: string) {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const text = (key: string) => {
    const typed = typeof raw[key] === 'string' || typeof raw[key] === 'number' ? String(raw[key]).slice(0, 200) : '';
    return numberFieldSet.has(key) ? typed.replace(/^(\d+)\.(\d+)$/, '$1,$2') : typed;
  };
  return {
    question,
    ...Object.fromEntries(textFields.map((key) => [key, text(key)])),
    ...Object.fromEntries(
      situationToggleFields.map((key) => [key, raw[key] === true || raw[key] === 'true' ? 'true' : 'false']),
    ),
  };
}
