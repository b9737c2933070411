import type { TeamsAdapter } from '@microsoft/teams-ai';
import pRetry from 'p-retry';
import { renderCard } from '../cards/render-card.js';
import type { Actor } from '../src/access/actor.js';
import type { RoleDirectory } from '../src/access/role-directory.js';
import type { AuditTrail } from '../src/dossier/audit-trail.js';
import type { DossierRecord } from '../src/dossier/dossier-record.js';
import type { FormService } from '../src/forms/form-service.js';
import { errorLogFields } from '../src/logging/error-fields.js';
import type { Logger } from '../src/logging/logger.js';
import { cardMessage } from './card-actions.js';
import type { ConversationReferences } from './conversation-references.js';

export {
  createCosmosConversationReferences,
  registerConversationCapture,
  type ConversationCaptureOptions,
  type ConversationReferences,
} from './conversation-references.js';

export type FormNotifierOptions = {
  readonly adapter: TeamsAdapter;
  readonly botAppId: string;
  readonly references: ConversationReferences;
  readonly directory: RoleDirectory;
  readonly forms: FormService;
  readonly audit: AuditTrail;
  readonly logger: Logger;
  /**
   * Retries of one recipient's notification, in the background (the filer's reply does not wait): long
   * enough to outlast a short store or channel outage. @default 6 retries, 1 s doubling to at most 8 s (~30 s)
   */
  readonly retry?: { readonly retries: number; readonly minTimeout: number; readonly maxTimeout: number };
};

/**
 * Delivers the notices of a filed form in Teams: who is told and what they see is decided in `src/`
 * (the form's access rule, `forms.notices`); this sends each a proactive message in their personal chat,
 * with the form's summary card and its actions, after its audit line.
 */
export function createFormNotifier({
  adapter,
  botAppId,
  references,
  directory,
  forms,
  audit,
  logger,
  retry: notifyRetry = { retries: 6, minTimeout: 1000, maxTimeout: 8000 },
}: FormNotifierOptions) {
  return async ({ filer, record }: { readonly filer: Actor; readonly record: DossierRecord }): Promise<number> => {
    const members = await pRetry(() => directory.listMembers(filer.schoolId), { ...notifyRetry, randomize: true });
    let sent = 0;
    for (const { userId, view, auditLine } of forms.notices({ filer, record, members })) {
      try {
        const delivered = await pRetry(
          async (attempt) => {
            const reference = await references.find(userId);
            if (!reference) return false;
            // Audit first: the message shows the record, so no message goes out without its audit line.
            await audit.append(auditLine);
            await adapter.continueConversationAsync(botAppId, reference, async (context) => {
              await context.sendActivity(cardMessage(renderCard('form-summary', view)));
            });
            if (attempt > 1)
              logger.info({ event: 'form-notify-retried', recordId: record.id, attempt }, 'Notified after a retry');
            return true;
          },
          {
            ...notifyRetry,
            randomize: true,
            onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
              if (retriesLeft > 0)
                logger.info(
                  { event: 'form-notify-retry', recordId: record.id, attempt: attemptNumber, ...errorLogFields(error) },
                  'Notification failed; retrying',
                );
            },
          },
        );
        if (!delivered) {
          logger.info(
            { event: 'form-notify-skip', recordId: record.id, reason: 'noConversationReference' },
            'Recipient has not installed the app',
          );
          continue;
        }
        sent += 1;
        logger.info({ event: 'form-notify', recordId: record.id }, 'Notified a recipient of a filed form');
      } catch (error) {
        logger.warn(
          { event: 'form-notify-failed', recordId: record.id, ...errorLogFields(error) },
          'Could not notify a recipient after retries',
        );
      }
    }
    return sent;
  };
}

export type FormNotifier = ReturnType<typeof createFormNotifier>;
