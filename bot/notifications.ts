import type { Container } from '@azure/cosmos';
import { TurnContext, type ConversationReference } from 'botbuilder';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import pRetry from 'p-retry';
import { z } from 'zod';
import { renderCard } from '../cards/render-card.js';
import type { Actor } from '../src/access/actor.js';
import { userKey, type RoleDirectory } from '../src/access/role-directory.js';
import type { AuditTrail } from '../src/dossier/audit-trail.js';
import type { DossierRecord } from '../src/dossier/dossier-record.js';
import { escapeCardMarkdown } from '../src/forms/card-text.js';
import type { FormService } from '../src/forms/form-service.js';
import { errorLogFields } from '../src/logging/error-fields.js';
import type { Logger } from '../src/logging/logger.js';
import { toStoreError } from '../src/storage/store-errors.js';
import { withStoreRetry } from '../src/storage/store-retry.js';
import { identityOf } from './actor.js';
import { cardMessage } from './card-actions.js';
import type { AppTurnState } from './turn-state.js';

/** Conversation references kept from install, so the bot can write to a user first. */
export type ConversationReferences = {
  readonly save: (userId: string, reference: Partial<ConversationReference>) => Promise<void>;
  readonly find: (userId: string) => Promise<Partial<ConversationReference> | undefined>;
};

/** A reference lapses 400 days after the last install (each reinstall refreshes it): a year of school and its holidays. */
const conversationReferenceTtl = 400 * 86_400;

/** Partition of the `directory` container that holds the references: a point read per user. */
const referencesPartition = '_conversations';

const storedReferenceSchema = z.object({
  reference: z
    .object({ serviceUrl: z.string(), conversation: z.object({ id: z.string() }).passthrough() })
    .passthrough(),
});

export function createCosmosConversationReferences(container: Container): ConversationReferences {
  return {
    save: async (userId, reference) => {
      await withStoreRetry(() =>
        container.items.upsert({
          id: `conversation-${userKey(userId)}`,
          schoolId: referencesPartition,
          docType: 'conversationReference',
          userId,
          reference,
          savedAt: new Date().toISOString(),
          ttl: conversationReferenceTtl,
        }),
      );
    },
    find: async (userId) => {
      try {
        const { resource } = await withStoreRetry(() =>
          container.item(`conversation-${userKey(userId)}`, referencesPartition).read(),
        );
        const parsed = storedReferenceSchema.safeParse(resource);
        return parsed.success ? (parsed.data.reference as unknown as Partial<ConversationReference>) : undefined;
      } catch (error) {
        if (toStoreError(error).reason === 'notFound') return undefined;
        throw error;
      }
    },
  };
}

/** Service URLs Teams' Bot Connector uses; a reference pointing elsewhere would carry pupil data away. */
const teamsServiceHosts = [
  /\.trafficmanager\.net$/,
  /(^|\.)botframework\.com$/,
  /(^|\.)botframework\.azure\.us$/,
  /\.teams\.microsoft\.com$/,
];
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type ConversationCaptureOptions = {
  readonly references: ConversationReferences;
  readonly directory: RoleDirectory;
  readonly logger: Logger;
  /** `teams`: the activity was authenticated by the adapter; `local`: nothing was, so only loopback service URLs. */
  readonly mode: 'teams' | 'local';
};

type CaptureRefusal = 'serviceUrl' | 'serviceUrlClaim' | 'unknownUser' | 'noTenant' | 'wrongTenant';

/** Why a conversation reference must not be kept, or undefined when it may. */
async function refuseCapture(
  context: TurnContext,
  { directory, mode }: Pick<ConversationCaptureOptions, 'directory' | 'mode'>,
): Promise<CaptureRefusal | undefined> {
  const { serviceUrl } = context.activity;
  const url = URL.canParse(serviceUrl ?? '') ? new URL(serviceUrl) : undefined;
  if (!url) return 'serviceUrl';
  if (mode === 'local') {
    if (!loopbackHosts.has(url.hostname)) return 'serviceUrl';
  } else {
    if (url.protocol !== 'https:' || !teamsServiceHosts.some((host) => host.test(url.hostname))) return 'serviceUrl';
    // The token's own service URL claim: the adapter checks it too, but this is where a mismatch would send data.
    const claims = context.turnState.get(context.adapter.BotIdentityKey) as
      { getClaimValue?: (type: string) => string | null } | undefined;
    const claimed = claims?.getClaimValue?.('serviceurl');
    if (claimed && claimed.replace(/\/+$/, '') !== serviceUrl.replace(/\/+$/, '')) return 'serviceUrlClaim';
  }
  const identity = identityOf(context);
  const membership = await directory.findMembership(identity.userId);
  if (!membership || membership.member.roles.length === 0) return 'unknownUser';
  if (!identity.tenantId && (mode === 'teams' || membership.school.tenantId)) return 'noTenant';
  if (membership.school.tenantId && membership.school.tenantId !== identity.tenantId) return 'wrongTenant';
  return undefined;
}

/**
 * Keeps the conversation reference of a personal chat when the app is installed: only for users the
 * directory knows, in their school's tenant, with a service URL that is Teams' own (loopback in local
 * mode). A `beforeTurn` handler, so the welcome route keeps handling `membersAdded` as before.
 */
export function registerConversationCapture(
  app: Application<AppTurnState>,
  { references, directory, logger, mode }: ConversationCaptureOptions,
): void {
  app.turn('beforeTurn', async (context) => {
    const { activity } = context;
    if (
      activity.type !== 'conversationUpdate' ||
      !activity.membersAdded?.length ||
      activity.conversation?.conversationType !== 'personal'
    )
      return true;
    try {
      const refusal = await refuseCapture(context, { directory, mode });
      if (refusal) {
        logger.info(
          { event: 'conversation-reference-refuse', reason: refusal },
          'Did not keep a conversation reference',
        );
        return true;
      }
      await references.save(identityOf(context).userId, TurnContext.getConversationReference(activity));
      logger.info(
        { event: 'conversation-reference-save', conversationId: activity.conversation.id },
        'Kept the conversation reference for notifications',
      );
    } catch (error) {
      logger.warn(
        { event: 'conversation-reference-save-failed', ...errorLogFields(error) },
        'Could not keep the conversation reference',
      );
    }
    return true;
  });
}

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
 * Tells the school's oco (and, for a referral, the verzuimcoach coordinator) that a form was filed:
 * a proactive message in their personal chat, with the form's summary card and its actions.
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
    const recipients = members.filter(
      (member) =>
        member.userId !== filer.userId &&
        (member.roles.includes('oco') ||
          (record.recordType === 'verzuimcoach' && member.roles.includes('verzuimcoach-coordinator'))),
    );
    let sent = 0;
    for (const member of recipients) {
      const recipient: Actor = {
        userId: member.userId,
        name: member.name,
        schoolId: filer.schoolId,
        schoolName: filer.schoolName,
        roles: member.roles,
        demo: filer.demo,
      };
      const view = forms.summarize(recipient, record, `Nieuw formulier van ${escapeCardMarkdown(filer.name)}.`, 'Good');
      try {
        const delivered = await pRetry(
          async (attempt) => {
            const reference = await references.find(member.userId);
            if (!reference) return false;
            // Audit first: the message shows the record, so no message goes out without its audit line.
            // A fixed id, so a retried delivery writes the line once.
            await audit.append({
              id: `notify-${record.id}-${userKey(member.userId)}`,
              schoolId: filer.schoolId,
              userId: member.userId,
              action: 'record-read',
              outcome: 'allowed',
              reason: 'notification',
              recordId: record.id,
              recordType: record.recordType,
            });
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
