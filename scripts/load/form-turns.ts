import { teamsCardAction, teamsMessage, type TeamsUser } from '../../test/helpers/teams-activity.js';
import type { Pupil } from './fault-fixtures.js';

/**
 * The form turns of the load-and-fault test, as Teams sends them: a filled-in aanmeldformulier pressed
 * with `Action.Execute`, and the reads, lists and changes another school's users try.
 */

type Conversation = {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly from: TeamsUser;
  readonly id?: string;
};

/** Today in the Netherlands, `YYYY-MM-DD`, as the form's date field wants it. */
export function dutchToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A complete, valid aanmeldformulier (Bijlage 3) for a made-up pupil, as the card's inputs send it. */
export function aanmeldformulierData(pupil: Pupil, submissionId: string, today: string): Record<string, string> {
  return {
    formType: 'aanmeldformulier',
    submissionId,
    pupilName: pupil.name,
    birthDate: pupil.birthDate,
    parentPhone: '06 12345678',
    parentEmail: 'ouders@voorbeeld.nl',
    schoolGroup: 'Loadlyceum, klas 2B',
    staffName: 'Mentor van de loadtest',
    formDate: today,
    reasons: 'meer-dan-4-dagen',
    absenceOverview: 'Vijf ziekmeldingen in de afgelopen maand, verspreid over de week.',
    q1Pattern: 'Vaak op maandag.',
    q2ParentReason: 'Buikpijn.',
    q3UnderCare: 'nee',
    q3CareWho: '',
    q3Diagnosis: '',
    q4Concerns: 'Geen bijzonderheden bekend.',
    q5Wijkteam: 'nee',
    q5Notes: '',
    q6OtherAbsence: 'nee',
    q6Which: '',
    q6Leerplicht: '',
    q7Actions: 'Gesprek met ouders gevoerd.',
    q7Result: 'Afspraak gemaakt.',
    discussedWithParents: 'true',
    consentBy: 'leerling-en-ouders',
    consentGiven: 'true',
  };
}

export function formSubmit(conversation: Conversation, data: Record<string, string>) {
  return teamsCardAction({ ...conversation, verb: 'form-submit', data: { verb: 'form-submit', ...data } });
}

export function recordView(conversation: Conversation, recordId: string) {
  return teamsCardAction({ ...conversation, verb: 'form-view', data: { verb: 'form-view', recordId } });
}

export function recordStatusChange(conversation: Conversation, recordId: string, etag: string) {
  return teamsCardAction({
    ...conversation,
    verb: 'form-status',
    data: { verb: 'form-status', recordId, to: 'ingetrokken', etag },
  });
}

export function overview(conversation: Conversation) {
  return teamsMessage({ ...conversation, text: 'overzicht' });
}

/** The card (or text) an invoke response carries. */
export function invokeContent(body: any): string {
  const value = body?.value;
  return typeof value === 'string' ? value : JSON.stringify(value ?? body ?? '');
}

/**
 * `unsaved`: "niet opgeslagen", which must be true; `unconfirmed`: the store could not say whether it was
 * saved ("niet bevestigd"), honest only while the store really was unreachable.
 */
export type SubmitReply = 'filed' | 'filed-before' | 'unsaved' | 'unconfirmed' | 'other';

/** What the bot told the mentor about one submission. */
export function classifySubmitReply(content: string): SubmitReply {
  if (content.includes('Niet opgeslagen')) return 'unsaved';
  if (content.includes('Het opslaan is niet bevestigd')) return 'unconfirmed';
  if (content.includes('Opgeslagen en ingediend')) return 'filed';
  if (content.includes('al ingediend')) return 'filed-before';
  return 'other';
}
