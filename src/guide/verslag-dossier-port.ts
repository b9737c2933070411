import type { Gespreksverslag } from './gespreksverslag.js';

/** The mentor finishing the guide, as the dossier needs to know them. */
export type GuideActor = {
  readonly userId: string;
  readonly name: string;
  readonly aadObjectId?: string;
  readonly tenantId?: string;
};

/** What the mentor does with an open guide, for the audit trail. */
export type GuideUse = { readonly action: 'guide-read' | 'guide-write'; readonly guideId?: string };

/**
 * Where the gespreksverslag goes: the pupil dossier. Idempotent per `verslag.guideId`: saving the same
 * guide again returns the record saved the first time and creates nothing.
 */
export type VerslagDossier = {
  /**
   * Throws a user-facing error when this mentor may not save a verslag, so the guide refuses at the start
   * and on every card action after (roles can change meanwhile). With `use`, the check is audited.
   */
  readonly assertCanSave: (actor: GuideActor, use?: GuideUse) => Promise<void>;
  readonly saveGespreksverslag: (input: {
    readonly actor: GuideActor;
    readonly verslag: Gespreksverslag;
  }) => Promise<{ readonly recordId: string }>;
};

/** In-memory {@link VerslagDossier}: records what was saved, for tests and runs without a dossier. */
export class MemoryVerslagDossier implements VerslagDossier {
  readonly records = new Map<
    string,
    { readonly recordId: string; readonly actor: GuideActor; readonly verslag: Gespreksverslag }
  >();
  readonly saveCalls: { readonly guideId: string }[] = [];

  async assertCanSave(): Promise<void> {}

  async saveGespreksverslag({
    actor,
    verslag,
  }: {
    readonly actor: GuideActor;
    readonly verslag: Gespreksverslag;
  }): Promise<{ readonly recordId: string }> {
    this.saveCalls.push({ guideId: verslag.guideId });
    const existing = this.records.get(verslag.guideId);
    if (existing) return { recordId: existing.recordId };
    const recordId = `gespreksverslag-${verslag.guideId}`;
    this.records.set(verslag.guideId, { recordId, actor, verslag });
    return { recordId };
  }
}
