import { z } from 'zod';
import { renderCard } from '../../cards/render-card.js';
import type { Logger } from '../../src/logging/logger.js';
import {
  actorLabels,
  adviseSituation,
  situationSchema,
  type Advice,
  type AdviceResult,
  type Situation,
} from '../../src/rules/index.js';
import { cardMessage, onCardAction } from '../card-actions.js';
import type { BotApplication } from '../bot-application.js';
import type { Assistant } from '../../src/assistant/respond.js';
import type { TurnUnderstanding } from '../understood-message.js';

export type SituationRouteOptions = {
  readonly logger: Logger;
  /** The assistant: the same advice as `npm run ask` gives, for the understanding made once this turn. */
  readonly assistant: Pick<Assistant, 'reply'>;
  readonly understood: TurnUnderstanding;
};

const formReasonIds = {
  1: 'meer-dan-4-dagen',
  2: 'langer-dan-een-week',
  3: 'drie-keer-in-2-maanden',
  4: 'anders-opvallend',
} as const;

function primaryConcern(advice: Advice): string {
  return advice.understood.filter((line) => !line.startsWith('Leerling:')).join('; ');
}

/** The reply card: steps in order with who, deadline, whom to inform, what to tell, sources, contradictions, buttons. */
export function renderSituationAdviceCard(advice: Advice) {
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
  return renderCard('situation-advice', {
    title: name ? `Wat nu? ${name}` : 'Wat nu?',
    understood: advice.understood.join('; '),
    steps: advice.steps.map((step, index) => ({
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
    })),
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
  });
}

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/**
 * The Situatie card's number fields are `Input.Text` with these patterns, not `Input.Number`: Web Chat's
 * renderer (adaptivecards 3.x) reads an empty `Input.Number` as NaN, which fails any `min`, so the card
 * could not be sent half-filled; and Chromium's number input drops "1,5". Empty means unknown. The card
 * JSON repeats these patterns; `test/situations-cards.test.ts` checks card and server agree.
 */
export const situationCountPattern = String.raw`^\s*(1000|\d{1,3}([.,]\d{1,2})?)?\s*$`;
export const situationAgePattern = String.raw`^\s*([4-9]|1\d|2[0-3])?\s*$`;
const countRegex = new RegExp(situationCountPattern);
const ageRegex = new RegExp(situationAgePattern);
const patterned = (regex: RegExp) => (value: unknown) => {
  if (typeof value === 'number') return Number.isFinite(value) && regex.test(String(value)) ? value : Number.NaN;
  if (typeof value !== 'string') return blankToUndefined(value);
  if (!regex.test(value)) return Number.NaN;
  return blankToUndefined(value.trim().replace(',', '.'));
};
const optionalNumber = z.preprocess(patterned(countRegex), z.coerce.number().min(0).max(1000).optional());
const flag = z.preprocess((value) => value === true || value === 'true', z.boolean());

/** The "Situatie" card's submit data: strings from Teams, numbers and toggles parsed here, once. */
export const situationCardDataSchema = z.object({
  pupilFirstName: z.preprocess(blankToUndefined, z.string().trim().max(40).optional()),
  age: z.preprocess(patterned(ageRegex), z.coerce.number().int().min(4).max(23).optional()),
  schoolType: z.preprocess(blankToUndefined, z.enum(['po', 'vo']).optional()),
  lateCount: optionalNumber,
  truancyHours: optionalNumber,
  truancyDagdelen: optionalNumber,
  truancyDays: optionalNumber,
  sickReports: optionalNumber,
  sickDays: optionalNumber,
  sickPeriodWeeks: optionalNumber,
  consecutiveSickDays: optionalNumber,
  homeWeeks: optionalNumber,
  sentHomeSickOften: flag,
  preventiveTalkHeld: flag,
  absenceAgainAfterTalk: flag,
  jeugdartsNoShow: flag,
  notCooperating: flag,
  backgroundProblems: flag,
  zatDiscussed: flag,
  stagnation: flag,
  waitingList: flag,
  noAgreement: flag,
});
export type SituationCardData = z.infer<typeof situationCardDataSchema>;

/** Card fields → the rules' Situation (only what was filled in). */
export function situationFromCard(data: SituationCardData): Situation {
  const { sickPeriodWeeks, ...rest } = data;
  const events = Object.fromEntries(
    (
      [
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
      ] as const
    )
      .filter((key) => data[key])
      .map((key) => [key, true]),
  );
  // A count of 0 in a form field means "none of that kind": left out, so it gives no step (0 weken thuis is
  // no thuiszitter). The age is no count.
  const defined = Object.fromEntries(
    Object.entries(rest).filter(
      ([key, value]) =>
        value !== undefined &&
        typeof value !== 'boolean' &&
        key in situationSchema.shape &&
        !(value === 0 && key !== 'age'),
    ),
  );
  return situationSchema.parse({
    ...defined,
    ...(sickPeriodWeeks !== undefined && sickPeriodWeeks > 0
      ? { sickPeriod: { days: sickPeriodWeeks * 7, label: `${String(sickPeriodWeeks).replace('.', ',')} weken` } }
      : {}),
    mentioned: {},
    events,
  });
}

const toggles = [
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
const numberFields = [
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
const textFields = ['pupilFirstName', 'schoolType', ...numberFields] as const;
const numberFieldSet: ReadonlySet<string> = new Set(numberFields);

/** The "Situatie" card, prefilled with what is known, and the one question when something is missing. */
export function renderSituationCard(situation: Situation | undefined, question = '') {
  const value = (input: string | undefined) => input ?? '';
  // Text inputs (see situationCountPattern): a known number as Dutch text, unknown as empty.
  const number = (input: number | undefined) => (input === undefined ? '' : String(input).replace('.', ','));
  const events = situation?.events ?? {};
  return renderCard('situation', {
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
    ...Object.fromEntries(toggles.map((key) => [key, events[key] ? 'true' : 'false'])),
  });
}

/** The "Situatie" card again with exactly what was typed (input that could not be read), and why. */
export function renderUnreadSituationCard(data: unknown, question: string) {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const text = (key: string) => {
    const typed = typeof raw[key] === 'string' || typeof raw[key] === 'number' ? String(raw[key]).slice(0, 200) : '';
    return numberFieldSet.has(key) ? typed.replace(/^(\d+)\.(\d+)$/, '$1,$2') : typed;
  };
  return renderCard('situation', {
    question,
    ...Object.fromEntries(textFields.map((key) => [key, text(key)])),
    ...Object.fromEntries(toggles.map((key) => [key, raw[key] === true || raw[key] === 'true' ? 'true' : 'false'])),
  });
}

function replyCard(result: AdviceResult) {
  return result.kind === 'advice'
    ? renderSituationAdviceCard(result)
    : renderSituationCard(result.situation, result.question);
}

function logAdvice(logger: Logger, source: 'message' | 'card', result: AdviceResult): void {
  // Step ids and missing field names only: never the text, the name or the numbers.
  logger.info(
    {
      event: 'situation-advise',
      source,
      kind: result.kind,
      steps: result.kind === 'advice' ? result.steps.map((step) => step.id) : [],
      missing: result.kind === 'needs-info' ? result.missingFields : [],
    },
    'Situation advised',
  );
}

/**
 * "Wat nu?": the plain command opens the "Situatie" card; a message describing a pupil's situation gets
 * the protocol's next steps; the card's submit (`situation-submit`) and "Situatie aanpassen" (`situation-edit`).
 */
export function registerSituationRoutes(
  app: BotApplication,
  { logger, assistant, understood }: SituationRouteOptions,
): void {
  app.readOnlyMessage(understood.opens('wat-nu'), async (context) => {
    await context.sendActivity(cardMessage(renderSituationCard(undefined)));
  });
  app.readOnlyMessage(understood.is('situation'), async (context) => {
    const understanding = understood.of(context);
    if (understanding?.kind !== 'situation') return;
    const reply = await assistant.reply(context.activity.text, understanding);
    if (reply.kind !== 'rule') throw new Error(`A situation was answered as ${reply.kind}`);
    logAdvice(logger, 'message', reply.advice);
    await context.sendActivity(cardMessage(replyCard(reply.advice)));
  });
  onCardAction(app, 'situation-submit', async (_context, _state, data) => {
    const parsed = situationCardDataSchema.safeParse(data);
    if (!parsed.success)
      return {
        card: renderUnreadSituationCard(
          data,
          'Sommige velden kon ik niet lezen. Vul getallen in als cijfers (bijvoorbeeld 9 of 1,5); de rest van wat je invulde staat er nog.',
        ),
      };
    const result = adviseSituation(situationFromCard(parsed.data));
    logAdvice(logger, 'card', result);
    return { card: replyCard(result) };
  });
  onCardAction(app, 'situation-edit', async (_context, _state, data) => {
    const parsed = z.object({ situation: situationSchema }).safeParse(data);
    return { card: renderSituationCard(parsed.success ? parsed.data.situation : undefined) };
  });
}
