import { AccessDeniedError } from '../access/access-errors.js';
import { canCreate } from '../access/access-policy.js';
import type { AccessService } from '../access/access-service.js';
import type { AuditTrail } from '../dossier/audit-trail.js';
import type { DossierService } from '../dossier/dossier-service.js';
import type { VerslagDossier } from './verslag-dossier-port.js';

export type DossierVerslagOptions = {
  readonly access: AccessService;
  readonly dossier: DossierService;
  /** Where reads, changes and refusals of open guides are recorded. @default none */
  readonly audit?: AuditTrail;
};

/**
 * The gespreksverslag in the pupil dossier (`src/dossier`), record type `gespreksverslag`: visible to the
 * mentor who made it and the school's oco. The guide id is the submission id, so a second "Afronden"
 * (or a retry) files nothing new.
 * @example const guides = createGuideService({ guide, dossier: createDossierVerslag({ access, dossier }) });
 */
export function createDossierVerslag({ access, dossier, audit }: DossierVerslagOptions): VerslagDossier {
  return {
    assertCanSave: async (identity, use) => {
      // The directory decides, on every call: unknown users and other tenants are refused (and audited) here.
      const actor = await access.resolveActor(identity);
      const decision = canCreate(actor, 'gespreksverslag');
      const entry = {
        schoolId: actor.schoolId,
        userId: actor.userId,
        action: use?.action ?? 'record-create',
        recordType: 'gespreksverslag',
        ...(use?.guideId ? { guideId: use.guideId } : {}),
      } as const;
      if (!decision.allowed) {
        await audit?.append({ ...entry, outcome: 'refused', reason: decision.reason });
        throw new AccessDeniedError(decision.reason);
      }
      if (use) await audit?.append({ ...entry, outcome: 'allowed' });
    },
    saveGespreksverslag: async ({ actor: identity, verslag }) => {
      const actor = await access.resolveActor(identity);
      const { record } = await dossier.fileRecord({
        actor,
        recordType: 'gespreksverslag',
        submissionId: verslag.guideId,
        title: `Gespreksverslag ${verslag.pupilName}`,
        content: verslag,
      });
      return { recordId: record.id };
    },
  };
}
