import pRetry from 'p-retry';
import type { Actor } from '../src/access/actor.js';
import type { CaseService } from '../src/cases/index.js';
import type { DossierRecord } from '../src/dossier/dossier-record.js';
import { errorLogFields } from '../src/logging/error-fields.js';
import type { Logger } from '../src/logging/logger.js';
import type { ReminderScheduler } from '../src/reminders/index.js';
import { StoreError } from '../src/storage/store-errors.js';

type CaseHookOptions = {
  readonly cases: CaseService;
  readonly reminders: ReminderScheduler;
  readonly logger: Logger;
};

/**
 * The hook for a filed aanmeldformulier: closes "Aanmelden bij de jeugdarts" on the pupil's case and opens
 * the oco's next actions. It never fails the filing: a failure is logged, the form is filed regardless.
 */
export function createFormFiledHook({ cases, reminders, logger }: CaseHookOptions) {
  return async ({ actor, record }: { readonly actor: Actor; readonly record: DossierRecord }): Promise<void> => {
    if (record.recordType !== 'aanmeldformulier') return;
    try {
      // Retried for about half a minute, as the notification is: a form filed in a short outage still gets its actions.
      const change = await pRetry(() => cases.fileAanmelding({ actor, pupilName: record.title, recordId: record.id }), {
        retries: 5,
        minTimeout: 1000,
        maxTimeout: 8000,
        randomize: true,
        shouldRetry: ({ error }) => error instanceof StoreError && error.isRetryable,
      });
      if (change.added.length > 0) await reminders.schedule({ caseRecord: change.caseRecord, actions: change.added });
      logger.info(
        {
          event: 'case-aanmelding',
          caseId: change.caseRecord.id,
          recordId: record.id,
          added: change.added.map((action) => action.id),
          closed: change.closed.map((action) => action.id),
        },
        'Put a filed aanmeldformulier on its case',
      );
    } catch (error) {
      logger.warn(
        { event: 'case-aanmelding-failed', recordId: record.id, ...errorLogFields(error) },
        'Could not put a filed form on its case',
      );
    }
  };
}

/** The hook for a status change: an aanmeldformulier closed (terugkoppeling in) or withdrawn closes its actions. */
export function createFormStatusHook({ cases, logger }: Pick<CaseHookOptions, 'cases' | 'logger'>) {
  return async ({ actor, record }: { readonly actor: Actor; readonly record: DossierRecord }): Promise<void> => {
    if (record.recordType !== 'aanmeldformulier' || (record.status !== 'afgerond' && record.status !== 'ingetrokken'))
      return;
    try {
      const closed = await cases.closeAanmelding({ actor, pupilName: record.title, recordId: record.id });
      logger.info(
        { event: 'case-aanmelding-close', recordId: record.id, closed: closed.map((action) => action.id) },
        'Closed the actions of a finished aanmelding',
      );
    } catch (error) {
      logger.warn(
        { event: 'case-aanmelding-close-failed', recordId: record.id, ...errorLogFields(error) },
        'Could not close the actions of a finished aanmelding',
      );
    }
  };
}
