import { randomUUID } from 'node:crypto';
import { buildGespreksverslag, type Gespreksverslag } from './gespreksverslag.js';
import { GuideBusyError, GuideFinishedError, GuideNotFoundError } from './guide-errors.js';
import { moveTo, recordStep, startSession, finishedTombstone, type StepInput } from './guide-machine.js';
import type { GuideSession } from './guide-session.js';
import { guideSlotId } from './guide-session.js';
import type { ResolvedGuide } from './guide-sources.js';
import { MemoryGuideStore, type GuideStore, type StoredGuide } from './guide-store.js';
import { parsePreparation } from './preparation.js';
import { MemoryVerslagDossier, type GuideActor, type GuideUse, type VerslagDossier } from './verslag-dossier-port.js';

export type GuideServiceOptions = {
  readonly guide: ResolvedGuide;
  /** @default new MemoryGuideStore() */
  readonly store?: GuideStore;
  /** @default new MemoryVerslagDossier() */
  readonly dossier?: VerslagDossier;
  /** @default () => new Date() */
  readonly now?: () => Date;
};

export type PrepareResult =
  | { readonly kind: 'invalid'; readonly errors: readonly string[] }
  /** A new guide, or the same one again when the preparation card was submitted twice. */
  | { readonly kind: 'started'; readonly session: GuideSession }
  /** The mentor already has an open guide for this pupil. */
  | { readonly kind: 'exists'; readonly session: GuideSession };

export type FinishResult = {
  readonly session: GuideSession;
  readonly verslag: Gespreksverslag;
  readonly recordId: string;
};

export type GuideService = ReturnType<typeof createGuideService>;

const maxAttempts = 5;

/**
 * The gespreksleidraad: sessions per mentor and pupil, kept in the store; the verslag saved once in the
 * dossier at the end.
 * @example const guides = createGuideService({ guide, store: new CosmosGuideStore(progress) });
 */
export function createGuideService({
  guide,
  store = new MemoryGuideStore(),
  dossier = new MemoryVerslagDossier(),
  now = () => new Date(),
}: GuideServiceOptions) {
  const { definition } = guide;

  async function load(userId: string, guideId: string): Promise<StoredGuide> {
    const stored = await store.findByGuideId(userId, guideId);
    if (!stored) throw new GuideNotFoundError();
    return stored;
  }

  /** Applies a transition to an open guide, retrying on a concurrent write. */
  async function update(
    userId: string,
    guideId: string,
    transition: (session: GuideSession) => GuideSession,
  ): Promise<GuideSession> {
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const { session, etag } = await load(userId, guideId);
      if (session.status === 'finished') throw new GuideFinishedError(session.verslagRecordId);
      const next = transition(session);
      if (await store.replace(next, etag)) return next;
    }
    throw new GuideBusyError();
  }

  return {
    listOpen: (userId: string) => store.listOpen(userId),

    /**
     * Throws the dossier's user-facing refusal when this mentor could not save a verslag at the end. Asked
     * before every use of a guide, with `use` for the audit trail: open guides hold pupil notes.
     */
    assertCanStart: (actor: GuideActor, use?: GuideUse) => dossier.assertCanSave(actor, use),

    /** The open guide, for showing its current step. */
    async get(userId: string, guideId: string): Promise<GuideSession> {
      const { session } = await load(userId, guideId);
      if (session.status === 'finished') throw new GuideFinishedError(session.verslagRecordId);
      return session;
    },

    /** Starts a guide from the preparation card. `guideId` comes from the card, so a double submit starts one guide. */
    async prepare({
      actor,
      guideId,
      input,
    }: {
      readonly actor: GuideActor;
      readonly guideId: string;
      readonly input: unknown;
    }): Promise<PrepareResult> {
      const parsed = parsePreparation(input, definition);
      if (!parsed.success) return { kind: 'invalid', errors: parsed.errors };
      await dossier.assertCanSave(actor);
      const session = startSession({
        preparation: parsed.value,
        userId: actor.userId,
        guideId,
        mentorName: actor.name,
        now: now(),
      });
      for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
        if (await store.create(session)) return { kind: 'started', session };
        const existing = await store.read(actor.userId, guideSlotId(parsed.value.pupilName));
        if (!existing) continue;
        if (existing.session.guideId === guideId) {
          if (existing.session.status === 'finished') throw new GuideFinishedError(existing.session.verslagRecordId);
          return { kind: 'started', session: existing.session };
        }
        if (existing.session.status === 'open') return { kind: 'exists', session: existing.session };
        // A finished guide only keeps the slot as a tombstone: a new guide takes its place.
        if (await store.replace(session, existing.etag)) return { kind: 'started', session };
      }
      throw new GuideBusyError();
    },

    /** Keeps the card's input and moves to `toStep`. */
    move: (userId: string, guideId: string, input: StepInput, toStep: number) =>
      update(userId, guideId, (session) => moveTo(definition, session, input, toStep, now())),

    /** Keeps the card's input and stays on its step. */
    save: (userId: string, guideId: string, input: StepInput) =>
      update(userId, guideId, (session) => ({ ...recordStep(definition, session, input, now()), step: input.step })),

    /** Removes an open guide (to start over). Resolves with the removed session. */
    async discard(userId: string, guideId: string): Promise<GuideSession> {
      for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
        const { session, etag } = await load(userId, guideId);
        if (session.status === 'finished') throw new GuideFinishedError(session.verslagRecordId);
        if (await store.remove(userId, session.id, etag)) return session;
      }
      throw new GuideBusyError();
    },

    /**
     * Keeps the card's input, saves the verslag in the dossier (once: the dossier is idempotent per
     * guide, so a retry after a failure here does not save twice), then marks the guide finished.
     * A second "Afronden" on a finished guide throws {@link GuideFinishedError}.
     */
    async finish({
      actor,
      guideId,
      input,
    }: {
      readonly actor: GuideActor;
      readonly guideId: string;
      readonly input: StepInput;
    }): Promise<FinishResult> {
      for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
        const { session, etag } = await load(actor.userId, guideId);
        if (session.status === 'finished') throw new GuideFinishedError(session.verslagRecordId);
        const at = now();
        const recorded = recordStep(definition, session, input, at);
        const verslag = buildGespreksverslag(definition, recorded, at);
        const { recordId } = await dossier.saveGespreksverslag({ actor, verslag });
        const finished = finishedTombstone(recorded, recordId, at);
        if (await store.replace(finished, etag)) return { session: recorded, verslag, recordId };
      }
      throw new GuideBusyError();
    },
  };
}

export { randomUUID as newGuideId };
