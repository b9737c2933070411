import type { RoleDirectory } from '../src/access/index.js';
import { createCaseService, createCosmosCaseStore, loadSchoolCalendars } from '../src/cases/index.js';
import type { Config } from '../src/config.js';
import type { AuditTrail, DossierService } from '../src/dossier/index.js';
import type { Logger } from '../src/logging/logger.js';
import { createCosmosReminderStore, createReminderScheduler } from '../src/reminders/index.js';
import type { CosmosConnection } from '../src/storage/cosmos-connection.js';
import { createLapseSources, createReminderDelivery, type ReminderDeliveryOptions } from './case-reminders.js';

export type CaseWiringOptions = Pick<ReminderDeliveryOptions, 'adapter' | 'references'> & {
  readonly config: Config;
  readonly store: CosmosConnection;
  readonly audit: AuditTrail;
  readonly directory: RoleDirectory;
  readonly dossier: DossierService;
  readonly logger: Logger;
  readonly now: () => Date;
  /** This instance's name in reminder claims. @default a random id */
  readonly instanceId?: string | undefined;
};

/** Cases and their reminders: the protocol's deadlines as dates on the school's calendar, sent in Teams. */
export function createCasesAndReminders({
  config,
  store,
  adapter,
  references,
  audit,
  directory,
  dossier,
  logger,
  now,
  instanceId,
}: CaseWiringOptions) {
  const calendars = loadSchoolCalendars();
  const cases = createCaseService({
    store: createCosmosCaseStore(store.containers.cases),
    audit,
    directory,
    calendars,
    now,
    openRetentionDays: config.openRecordRetentionDays,
    closedRetentionDays: config.formRetentionDays,
  });
  const reminders = createReminderScheduler({
    store: createCosmosReminderStore(store.containers.cases),
    readCase: cases.readForReminder,
    listSchoolCases: cases.listForDigest,
    deliver: createReminderDelivery({
      adapter,
      botAppId: config.bot?.appId ?? '',
      references,
      audit,
      calendars,
      logger,
    }),
    lapse: createLapseSources({ directory, dossier }),
    calendars,
    now,
    ...(instanceId ? { instanceId } : {}),
    onEvent: (event) => logger.info(event, 'Reminder'),
  });
  return { calendars, cases, reminders };
}
