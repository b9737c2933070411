import {
  bootstrapRoleDirectory,
  createAccessService,
  createCosmosRoleDirectory,
  loadRolesFile,
} from '../src/access/index.js';
import type { Config } from '../src/config.js';
import {
  createCosmosAuditTrail,
  createCosmosDossierStore,
  createDossierService,
  type DossierRecord,
  type DossierServiceOptions,
} from '../src/dossier/index.js';
import type { CosmosConnection } from '../src/storage/cosmos-connection.js';

export type DossierWiringOptions = {
  readonly config: Config;
  readonly store: CosmosConnection;
  readonly now: () => Date;
  /** The access policy of the forms in the catalog. */
  readonly policy: DossierServiceOptions['policy'];
  /** Called after each change of a record (plans the oco's lapse warning). */
  readonly onRecordChange: (record: DossierRecord) => Promise<void>;
};

/**
 * The pupil dossier and who may use it, shared by the gespreksleidraad, the forms and the cases: the audit
 * trail, the role directory (seeded from the roles file when there is one), access and the dossier.
 */
export async function createPupilDossier({ config, store, now, policy, onRecordChange }: DossierWiringOptions) {
  const audit = createCosmosAuditTrail(store.containers.audit, { retentionDays: config.auditRetentionDays });
  const directory = createCosmosRoleDirectory(store.containers.directory);
  if (config.rolesFile) await bootstrapRoleDirectory({ directory, file: loadRolesFile(config.rolesFile) });
  const access = createAccessService({
    directory,
    audit,
    demoMode: !config.bot && !config.rolesFile,
    requireTenant: config.mode === 'teams',
  });
  const dossier = createDossierService({
    store: createCosmosDossierStore(store.containers.dossier),
    audit,
    retentionDays: config.formRetentionDays,
    draftRetentionDays: config.guideRetentionDays,
    openRetentionDays: config.openRecordRetentionDays,
    now,
    onRecordChange,
    policy,
  });
  return { audit, directory, access, dossier };
}
