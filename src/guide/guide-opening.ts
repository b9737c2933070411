import type { GuideSession } from './guide-session.js';
import { guideSlotId } from './guide-session.js';
import type { PreparationDefaults } from './preparation.js';

/**
 * What opening the gespreksleidraad shows: the open guides to resume (with why), or a new preparation
 * with what is already known. The bot renders it with `guide-resume` or `guide-preparation`.
 */
export type GuideOpening =
  | {
      readonly kind: 'resume';
      readonly sessions: readonly GuideSession[];
      readonly message: string;
      readonly allowDiscard: boolean;
    }
  | { readonly kind: 'prepare'; readonly values: PreparationDefaults };

/** What a "wat nu?" card or a message knew about the pupil the guide is for. */
export type GuidePupil = {
  readonly pupilFirstName?: string | undefined;
  readonly age?: number | undefined;
  readonly concern?: string | undefined;
};

/** Today in the Netherlands, as `YYYY-MM-DD` (the default date of the conversation). */
export function guideToday(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** A session's preparation, to fill a new preparation card with (after "Opnieuw beginnen"). */
export function preparationDefaultsOf(session: GuideSession): PreparationDefaults {
  return {
    pupilName: session.pupilName,
    age: session.age,
    participants: session.participants,
    parentsInformed: session.parentsInformed,
    conversationDate: session.conversationDate,
    absenceOverview: session.absenceOverview,
    concern: session.concern,
    criteria: session.criteria,
  };
}

const pupilOpenMessage = (pupilName: string) =>
  `Je hebt al een open gespreksleidraad voor ${pupilName}. Ga verder waar je was, of begin opnieuw.`;

/** The open guide for this pupil, to resume or begin again. */
export function pupilGuideOpen(session: GuideSession): GuideOpening {
  return {
    kind: 'resume',
    sessions: [session],
    message: pupilOpenMessage(session.pupilName),
    allowDiscard: true,
  };
}

/** After the bare command: the open guides to resume, or the preparation when there are none. */
export function guideOpening(open: readonly GuideSession[]): GuideOpening {
  if (open.length === 0) return { kind: 'prepare', values: {} };
  const count =
    open.length === 1 ? 'Je hebt nog een open gespreksleidraad.' : `Je hebt ${open.length} open gespreksleidraden.`;
  return {
    kind: 'resume',
    sessions: open,
    message: `${count} Ga verder waar je was, of bereid een nieuw gesprek voor.`,
    allowDiscard: false,
  };
}

/** A guide for a named pupil: the open one for that pupil to resume, or the preparation prefilled. */
export function guideOpeningFor(open: readonly GuideSession[], pupil: GuidePupil): GuideOpening {
  const { pupilFirstName, age, concern } = pupil;
  if (pupilFirstName) {
    const slot = guideSlotId(pupilFirstName);
    const mine = open.filter((session) => session.id === slot);
    if (mine.length > 0)
      return { kind: 'resume', sessions: mine, message: pupilOpenMessage(pupilFirstName), allowDiscard: true };
  }
  return {
    kind: 'prepare',
    values: {
      ...(pupilFirstName ? { pupilName: pupilFirstName } : {}),
      ...(age !== undefined ? { age } : {}),
      ...(concern ? { concern } : {}),
    },
  };
}
