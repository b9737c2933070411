import { AccessDeniedError } from '../access/access-errors.js';
import { canCreate } from '../access/access-policy.js';
import type { AccessService } from '../access/access-service.js';
import type { DossierService } from '../dossier/dossier-service.js';
import type { VerslagDossier } from './verslag-dossier.js';

export type DossierVerslagOptions = {
  readonly access: AccessService;
  readonly dossier: DossierService;
};

/**
 * The gespreksverslag in the pupil dossier (`src/dossier`), record type `gespreksverslag`: visible to the
 * mentor who made it and the school's oco. The guide id is the submission id, so a second "Afronden"
 * (or a retry) files nothing new.
 * @example const guides = createGuideService({ guide, dossier: createDossierVerslag({ access, dossier }) });
 */
export function createDossierVerslag({ access, dossier }: DossierVerslagOptions): VerslagDossier {
  return {
    assertCanSave: async (identity) => {
      const actor = await access.resolveActor(identity);
      const decision = canCreate(actor, 'gespreksverslag');
      if (!decision.allowed) throw new AccessDeniedError(decision.reason);
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
