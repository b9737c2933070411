import type { Container } from '@azure/cosmos';
import { TurnContext, type ConversationReference } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { userKey, type RoleDirectory } from '../src/access/role-directory.js';
import { errorLogFields } from '../src/logging/error-fields.js';
import type { Logger } from '../src/logging/logger.js';
import { toStoreError } from '../src/storage/store-errors.js';
import { withStoreRetry } from '../src/storage/store-retry.js';
import { identityOf } from './actor.js';
import type { AppTurnState } from './turn-state.js';

/** Conversation references kept from install, so the bot can write to a user first. */
export type ConversationReferences = {
  readonly save: (userId: string, reference: Partial<ConversationReference>) => Promise<void>;
  readonly find: (userId: string) => Promise<Partial<ConversationReference> | undefined>;
};

/** A reference lapses 400 days after the last install (each reinstall refreshes it): a school year and its holidays. */
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
