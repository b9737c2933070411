import { aanmeldformulierPrefill, formatDutchDate, type Gespreksverslag } from './gespreksverslag.js';
import type { GuideQuote } from './guide-definition.js';
import { stepCount } from './guide-machine.js';
import type { GuideSession } from './guide-session.js';
import type { GuideContradiction, ResolvedGuide } from './guide-sources.js';
import type { PreparationDefaults } from './preparation.js';

/**
 * The data the guide's card templates (`cards/guide-*.json`) bind to: plain data, Dutch text, every
 * protocol text with its source. The bot renders it; nothing here knows about Teams.
 */

type Quoted = { readonly text: string; readonly source: string };

function quoted(guide: ResolvedGuide, quotes: readonly GuideQuote[]): Quoted[] {
  return quotes.map((quote) => ({ text: quote.text, source: guide.sourceOf(quote.sectionId) }));
}

function contradictionData(contradiction: GuideContradiction | undefined) {
  if (!contradiction) return [];
  return [
    {
      id: `contradiction-${contradiction.id}`,
      summary: contradiction.summary,
      readings: contradiction.readings.map(({ text, source }) => ({ text, source })),
    },
  ];
}

function criteriaData(guide: ResolvedGuide, chosen: readonly string[]) {
  const { criteria } = guide.definition;
  return {
    criteriaTitle: criteria.title,
    criteriaSource: guide.sourceOf(criteria.sectionId),
    criteriaChoices: criteria.items.map((item) => ({ title: item.text, value: item.id })),
    criteriaValue: chosen.join(','),
    criteriaWhenMet: { text: criteria.whenMet.text, source: guide.sourceOf(criteria.whenMet.sectionId) },
    criteriaContradictions: [
      ...contradictionData(guide.contradiction(criteria.contradictionId)),
      ...criteria.items.flatMap((item) => contradictionData(guide.contradiction(item.contradictionId))),
    ],
  };
}

/** Input.Number takes a number: bind one, or leave the value out. */
function ageData(age: number | string | undefined): { readonly hasAge: boolean; readonly age: number } {
  const parsed = typeof age === 'number' ? age : Number.parseInt(age ?? '', 10);
  return Number.isInteger(parsed) ? { hasAge: true, age: parsed } : { hasAge: false, age: 0 };
}

/**
 * The preparation card: who, how old (→ who takes part), the absence overview, the reason for concern,
 * the criteria.
 */
export function preparationCardData(
  guide: ResolvedGuide,
  {
    guideId,
    values = {},
    errors = [],
    today,
  }: {
    readonly guideId: string;
    readonly values?: PreparationDefaults;
    readonly errors?: readonly string[];
    readonly today: string;
  },
) {
  const { definition } = guide;
  return {
    title: `${definition.title}: voorbereiding`,
    guideId,
    purpose: quoted(guide, definition.purpose),
    tips: quoted(guide, definition.preparation.tips),
    errors: errors.map((text) => ({ text })),
    pupilName: values.pupilName ?? '',
    ...ageData(values.age),
    participants: values.participants ?? 'leerling-en-ouders',
    participantChoices: definition.participants.options.map((option) => ({ title: option.label, value: option.id })),
    participantsRule: {
      text: definition.participants.rule.text,
      source: guide.sourceOf(definition.participants.rule.sectionId),
    },
    participantsContradictions: contradictionData(guide.contradiction(definition.participants.contradictionId)),
    parentsInformed: values.parentsInformed ? 'true' : 'false',
    conversationDate: values.conversationDate ?? today,
    absenceOverview: values.absenceOverview ?? '',
    absenceOverviewHint: definition.preparation.absenceOverviewHint,
    concern: values.concern ?? '',
    concernHint: definition.preparation.concernHint,
    tone: { text: definition.tone.text, source: guide.sourceOf(definition.tone.sectionId) },
    stepCount: stepCount(definition),
    ...criteriaData(guide, values.criteria ?? []),
  };
}

export function progressText(guide: ResolvedGuide, step: number): string {
  return `Stap ${step} van ${stepCount(guide.definition)}`;
}

/** One phase of the conversation, with the session's note (and agreements on the agreements step). */
export function stepCardData(
  guide: ResolvedGuide,
  session: GuideSession,
  { status = '' }: { readonly status?: string } = {},
) {
  const { definition } = guide;
  const phase = definition.phases[session.step - 1]!;
  const total = stepCount(definition);
  return {
    guideId: session.guideId,
    step: session.step,
    previousStep: session.step - 1,
    nextStep: session.step + 1,
    progress: progressText(guide, session.step),
    isFirst: session.step === 1,
    isLast: session.step === total,
    pupilName: session.pupilName,
    title: phase.title,
    source: guide.sourceOf(phase.sectionId),
    wording: quoted(guide, phase.wording),
    tips: quoted(guide, phase.tips),
    tone: {
      title: definition.tone.title,
      text: definition.tone.text,
      source: guide.sourceOf(definition.tone.sectionId),
    },
    showAbsence: Boolean(phase.showAbsence),
    absenceOverview: session.absenceOverview,
    concern: session.concern,
    criteriaMet: definition.criteria.items
      .filter((item) => session.criteria.includes(item.id))
      .map((item) => ({ text: item.text })),
    criteriaAll: definition.criteria.items.map((item) => ({ text: item.text })),
    showAgreements: Boolean(phase.showAgreements),
    agreementsSource: guide.sourceOf(definition.agreements.sectionId),
    agreements: definition.agreements.topics.map((topic) => {
      const agreement = session.agreements[topic.id];
      return {
        id: topic.id,
        label: topic.label,
        text: agreement?.text ?? '',
        owner: agreement?.owner ?? '',
        dueDate: agreement?.dueDate ?? '',
      };
    }),
    ...criteriaData(guide, session.criteria),
    note: session.notes[phase.id] ?? '',
    status,
  };
}

/** The FAQ: the question is the protocol's heading, the answer its text. */
export function faqCardData(guide: ResolvedGuide, session: GuideSession) {
  const { faq } = guide.definition;
  return {
    guideId: session.guideId,
    step: session.step,
    progress: progressText(guide, session.step),
    pupilName: session.pupilName,
    intro: { text: faq.intro.text, source: guide.sourceOf(faq.intro.sectionId) },
    items: faq.items.map((item) => ({
      question: item.question,
      answer: item.answer,
      source: guide.sourceOf(item.sectionId),
    })),
  };
}

function describeSession(guide: ResolvedGuide, session: GuideSession) {
  return {
    guideId: session.guideId,
    pupilName: session.pupilName,
    progress: progressText(guide, session.step),
    phaseTitle: guide.definition.phases[session.step - 1]?.title ?? '',
    updated: new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    }).format(new Date(session.updatedAt)),
  };
}

/** The open guides to resume (after "gespreksleidraad", or when a new guide would take a pupil's slot). */
export function resumeCardData(
  guide: ResolvedGuide,
  sessions: readonly GuideSession[],
  { message, allowDiscard = false }: { readonly message: string; readonly allowDiscard?: boolean },
) {
  return { message, allowDiscard, guides: sessions.map((session) => describeSession(guide, session)) };
}

/** After "Stoppen": where the guide was left. */
export function stoppedCardData(guide: ResolvedGuide, session: GuideSession) {
  return describeSession(guide, session);
}

/** The verslag card, with the aanmeldformulier button when a criterion ziekteverzuim is met. */
export function verslagCardData(guide: ResolvedGuide, verslag: Gespreksverslag) {
  const prefill = aanmeldformulierPrefill(verslag);
  return {
    pupilName: verslag.pupilName,
    date: formatDutchDate(verslag.conversationDate),
    participants: verslag.participants.join(', '),
    concern: verslag.concern,
    absenceOverview: verslag.absenceOverview,
    notes: verslag.phases.filter((phase) => phase.note !== '').map(({ title, note }) => ({ title, note })),
    agreements: verslag.agreements.map((agreement) => ({
      topic: agreement.topic,
      text: agreement.text || '(geen omschrijving)',
      owner: agreement.owner || 'nog niet bepaald',
      dueDate: agreement.dueDate ? formatDutchDate(agreement.dueDate) : 'geen datum',
    })),
    criteriaMet: verslag.criteriaMet.map(({ text }) => ({ text })),
    whenMet: {
      text: guide.definition.criteria.whenMet.text,
      source: guide.sourceOf(guide.definition.criteria.whenMet.sectionId),
    },
    hasPrefill: prefill !== undefined,
    // The form comes as a new message, so the verslag stays where it is in the chat.
    formOpenData: prefill ? { verb: 'form-open', formType: 'aanmeldformulier', prefill, asNewMessage: true } : {},
    source: guide.sourceOf(guide.definition.sectionId),
  };
}
