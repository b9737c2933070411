import type { GuideDefinition } from './guide-definition.js';
import type { Agreement, GuideSession } from './guide-session.js';
import { guideSlotId } from './guide-session.js';
import type { Preparation } from './preparation.js';

/**
 * The guide's pure state machine: preparation → phase 1 … phase n → finished. Every transition names
 * the step the card showed, so a card pressed twice (or a stale card on another device) lands on the
 * same step instead of skipping one.
 */

/** What a step card sends back with every button: its note and, on the agreements step, the rest. */
export type StepInput = {
  /** The step the pressed card showed. */
  readonly step: number;
  readonly note?: string;
  readonly agreements?: Readonly<Record<string, Agreement>>;
  readonly criteria?: readonly string[];
};

export type StartSessionOptions = {
  readonly preparation: Preparation;
  readonly userId: string;
  readonly guideId: string;
  readonly mentorName: string;
  readonly now: Date;
};

export function startSession({ preparation, userId, guideId, mentorName, now }: StartSessionOptions): GuideSession {
  const at = now.toISOString();
  return {
    id: guideSlotId(preparation.pupilName),
    type: 'gespreksleidraad',
    userId,
    guideId,
    status: 'open',
    pupilName: preparation.pupilName,
    age: preparation.age,
    participants: preparation.participants,
    parentsInformed: preparation.parentsInformed,
    conversationDate: preparation.conversationDate,
    absenceOverview: preparation.absenceOverview,
    concern: preparation.concern,
    criteria: [...preparation.criteria],
    step: 1,
    notes: {},
    agreements: {},
    mentorName,
    createdAt: at,
    updatedAt: at,
  };
}

export function stepCount(definition: GuideDefinition): number {
  return definition.phases.length;
}

export function clampStep(definition: GuideDefinition, step: number): number {
  return Math.min(Math.max(1, Math.trunc(step)), stepCount(definition));
}

/** Keeps what the card sent for the step it showed: the note, and agreements/criteria where asked. */
export function recordStep(
  definition: GuideDefinition,
  session: GuideSession,
  input: StepInput,
  now: Date,
): GuideSession {
  const phase = definition.phases[clampStep(definition, input.step) - 1]!;
  const notes = { ...session.notes };
  if (input.note !== undefined) {
    if (input.note.trim() === '') delete notes[phase.id];
    else notes[phase.id] = input.note.trim();
  }
  const agreements = phase.showAgreements && input.agreements ? { ...input.agreements } : session.agreements;
  const criteria = phase.showAgreements && input.criteria ? [...input.criteria] : session.criteria;
  return { ...session, notes, agreements, criteria, updatedAt: now.toISOString() };
}

/** Records the card's input, then moves to `step` (clamped to the guide). */
export function moveTo(
  definition: GuideDefinition,
  session: GuideSession,
  input: StepInput,
  step: number,
  now: Date,
): GuideSession {
  return { ...recordStep(definition, session, input, now), step: clampStep(definition, step) };
}

/**
 * What stays in the progress container once the verslag is in the dossier: the slot and the ids, so a
 * second "Afronden" is recognised. The free text lives on only in the dossier.
 */
export function finishedTombstone(session: GuideSession, verslagRecordId: string, now: Date): GuideSession {
  const at = now.toISOString();
  return {
    ...session,
    status: 'finished',
    pupilName: '',
    absenceOverview: '',
    concern: '',
    notes: {},
    agreements: {},
    updatedAt: at,
    finishedAt: at,
    verslagRecordId,
  };
}
