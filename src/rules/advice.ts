import type { ContradictionId } from './contradictions.js';
import type { Situation, SituationField } from './situation.js';
import type { RuleSource } from './sources.js';

/** Who acts in a step, as the protocol names them. */
export type Actor =
  'mentor' | 'oco' | 'school' | 'leerplicht' | 'jeugdarts' | 'partners' | 'casusverantwoordelijke' | 'swv';

export const actorLabels: Readonly<Record<Actor, string>> = {
  mentor: 'mentor',
  oco: 'ondersteuningscoördinator (oco)',
  school: 'school',
  leerplicht: 'leerplicht',
  jeugdarts: 'jeugdarts',
  partners: 'partners (jeugdarts, leerplicht, schoolmaatschappelijk werk)',
  casusverantwoordelijke: 'casusverantwoordelijke',
  swv: 'samenwerkingsverband',
};

/** The absence track a step belongs to; severity is compared within a track. */
export type Track = 'te-laat' | 'spijbelen' | 'ziekte' | 'thuiszitten' | 'medewerking' | 'stagnatie' | 'wet';

/**
 * One step of the protocol. `level` orders severity within a track: 1 a talk at school or contact,
 * 2 a preventief gesprek / the jeugdarts / partners, 3 a DUO-melding, 4 escalation beyond it.
 */
export type AdviceStep = {
  readonly id: string;
  readonly track: Track;
  readonly level: 1 | 2 | 3 | 4;
  readonly title: string;
  readonly what: string;
  readonly who: readonly Actor[];
  readonly deadline?: string;
  /** Whom to inform, and when. */
  readonly inform?: string;
  /** What to tell the pupil and the parents. */
  readonly tell?: string;
  readonly sources: readonly RuleSource[];
};

/** A remark that is not a step: the legal frame, a limit of what was understood. */
export type AdviceNote = { readonly text: string; readonly sources: readonly RuleSource[] };

export type ContradictionNote = {
  readonly id: ContradictionId;
  readonly summary: string;
  readonly readings: readonly { readonly text: string; readonly sectionId: string; readonly label: string }[];
};

export type Advice = {
  readonly kind: 'advice';
  readonly situation: Situation;
  /** What was understood, in Dutch, one line each. */
  readonly understood: readonly string[];
  /** With whom the school talks, by age. */
  readonly talkWith: AdviceNote;
  /** In order: the most pressing first. */
  readonly steps: readonly AdviceStep[];
  readonly notes: readonly AdviceNote[];
  readonly contradictions: readonly ContradictionNote[];
  readonly applies: {
    readonly gespreksleidraad: boolean;
    readonly aanmeldformulier: boolean;
    readonly verzuimcoach: boolean;
  };
  /** Reasons of the aanmeldformulier (Bijlage 3 numbering, 1–4) that hold. */
  readonly aanmeldReasons: readonly (1 | 2 | 3 | 4)[];
  /** Every source used, without duplicates, in order of first use. */
  readonly sources: readonly RuleSource[];
};

export type NeedsInfo = {
  readonly kind: 'needs-info';
  readonly situation: Situation;
  /** One question, in Dutch. */
  readonly question: string;
  readonly missingFields: readonly SituationField[];
};

export type AdviceResult = Advice | NeedsInfo;

/** What the rules of one track contribute; `adviseSituation` merges them. */
export type TrackResult = {
  readonly steps: readonly AdviceStep[];
  readonly notes?: readonly AdviceNote[];
  readonly contradictions?: readonly ContradictionId[];
  readonly aanmeldReasons?: readonly (1 | 2 | 3 | 4)[];
  /** Set when the track was mentioned but an essential fact is missing. */
  readonly missing?: { readonly question: string; readonly fields: readonly SituationField[] };
};
