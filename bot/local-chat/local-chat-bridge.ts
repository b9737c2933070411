import type { Logger } from '../../src/logging/logger.js';
import { errorLogFields } from '../../src/logging/error-fields.js';
import { localBotAccount, postToBot, type BotResponse, type OutgoingActivity } from './bot-endpoint.js';
import { feedbackEventName, readFeedbackPress, withFeedbackActions } from './feedback-actions.js';
import { LocalConversation, type ChannelActivity, type LocalUser } from './local-conversation.js';
import { channelNotice, showInvokeResponse, toPageActivity } from './page-activities.js';
import {
  readCardPress,
  translateAttachmentsForWebChat,
  withoutCardPressMarker,
  type CardActionMode,
} from './web-chat-card.js';

export type LocalChatBridgeOptions = {
  readonly logger: Logger;
  /** How activities reach the bot. @default an HTTP POST to `<botBaseUrl>/api/messages` */
  readonly sendToBot?: (conversation: LocalConversation, activity: OutgoingActivity) => Promise<BotResponse>;
  /** Conversations kept in memory; the oldest is dropped beyond this. @default 200 */
  readonly maxConversations?: number;
  /** @default () => new Date() */
  readonly now?: () => Date;
};

export type OpenSessionOptions = {
  readonly user: LocalUser;
  /** The conversation the page had before a reload; resumed when it belongs to the same user. */
  readonly conversationId?: string;
  readonly botBaseUrl: string;
  /** For a new conversation: how the page acts on `Action.Execute`. @default 'execute' */
  readonly cardActions?: CardActionMode;
};

export type LocalChatBridge = {
  /** A conversation for the page: the one it asks for when it is the same user's, otherwise a new one. */
  readonly openSession: (options: OpenSessionOptions) => { conversation: LocalConversation; resumed: boolean };
  readonly findByToken: (token: string) => LocalConversation | undefined;
  /** Starts a conversation once: the bot gets the `conversationUpdate` a channel sends on install. */
  readonly start: (conversation: LocalConversation) => void;
  /** An activity from the page: echoed into the chat at once, delivered to the bot in order. */
  readonly receiveFromPage: (conversation: LocalConversation, activity: Record<string, unknown>) => ChannelActivity;
  /** A reply the bot sent to the connector routes; undefined when the conversation is unknown. */
  readonly receiveFromBot: (
    conversationId: string,
    activity: Record<string, unknown>,
    replyToId?: string,
  ) => ChannelActivity | undefined;
  /** An in-place update the bot sent (`updateActivity`); undefined when conversation or activity is unknown. */
  readonly updateFromBot: (
    conversationId: string,
    activityId: string,
    activity: Record<string, unknown>,
  ) => ChannelActivity | undefined;
  readonly deleteFromBot: (conversationId: string, activityId: string) => boolean;
  readonly conversation: (conversationId: string) => LocalConversation | undefined;
  /** The user's most recent conversation, for a bot that "creates" a conversation to message them proactively. */
  readonly latestConversationOf: (userId: string) => LocalConversation | undefined;
  /** Resolves when every conversation's queue toward the bot is empty (tests, shutdown). */
  readonly idle: () => Promise<void>;
};

/**
 * The in-memory heart of the local chat: conversations, the page → bot direction (with card presses
 * turned back into what Teams sends) and the bot → page direction (cards translated for Web Chat).
 */
export function createLocalChatBridge({
  logger,
  sendToBot = (conversation, activity) => postToBot(conversation, activity),
  maxConversations = 200,
  now = () => new Date(),
}: LocalChatBridgeOptions): LocalChatBridge {
  const conversations = new Map<string, LocalConversation>();
  const byToken = new Map<string, LocalConversation>();

  const remember = (conversation: LocalConversation) => {
    conversations.set(conversation.id, conversation);
    byToken.set(conversation.token, conversation);
    while (conversations.size > maxConversations) {
      const oldest = conversations.values().next().value as LocalConversation;
      conversations.delete(oldest.id);
      byToken.delete(oldest.token);
    }
  };

  const deliver = (conversation: LocalConversation, activity: OutgoingActivity, cardActivityId?: string) => {
    conversation.queue = conversation.queue.then(async () => {
      try {
        const response = await sendToBot(conversation, activity);
        if (activity.type === 'invoke' && cardActivityId) {
          showInvokeResponse(conversation, cardActivityId, response);
        } else if (response.status >= 400) {
          logger.warn(
            {
              event: 'local-chat-deliver-rejected',
              conversationId: conversation.id,
              activityType: activity.type,
              status: response.status,
            },
            'The bot rejected an activity from the local chat page',
          );
          conversation.append(
            channelNotice(
              `De bot kon dit bericht niet verwerken (HTTP ${response.status}). Kijk in het logboek van de bot.`,
            ),
          );
        }
      } catch (error) {
        logger.error(
          { event: 'local-chat-deliver-fail', conversationId: conversation.id, ...errorLogFields(error) },
          'The local chat could not reach the bot',
        );
        conversation.append(channelNotice('De bot is niet bereikbaar. Draait hij nog?'));
      }
    });
  };

  return {
    openSession: ({ user, conversationId, botBaseUrl, cardActions }) => {
      const existing = conversationId ? conversations.get(conversationId) : undefined;
      if (existing && existing.user.id === user.id && (!cardActions || cardActions === existing.cardActions))
        return { conversation: existing, resumed: true };
      const conversation = new LocalConversation({ user, botBaseUrl, now, ...(cardActions ? { cardActions } : {}) });
      remember(conversation);
      return { conversation, resumed: false };
    },
    findByToken: (token) => byToken.get(token),
    conversation: (conversationId) => conversations.get(conversationId),
    latestConversationOf: (userId) =>
      [...conversations.values()].reverse().find((conversation) => conversation.user.id === userId),
    start: (conversation) => {
      if (conversation.started) return;
      conversation.started = true;
      deliver(conversation, {
        type: 'conversationUpdate',
        id: conversation.newActivityId(),
        membersAdded: [{ ...localBotAccount }, { id: conversation.user.id, name: conversation.user.name }],
      });
    },
    receiveFromPage: (conversation, activity) => {
      const press = readCardPress(activity.value);
      const echo = conversation.append({
        ...activity,
        ...(activity.value === undefined ? {} : { value: withoutCardPressMarker(activity.value) }),
        type: typeof activity.type === 'string' ? activity.type : 'message',
        from: { id: conversation.user.id, name: conversation.user.name, role: 'user' },
      });
      const { channelData: _channelData, ...outgoing } = echo;
      const feedback = activity.name === feedbackEventName ? readFeedbackPress(activity) : undefined;
      if (feedback) {
        // What Teams sends for 👍/👎 under a message with the feedback loop enabled.
        deliver(conversation, {
          type: 'invoke',
          id: echo.id,
          name: 'message/submitAction',
          replyToId: feedback.activityId,
          value: {
            actionName: 'feedback',
            actionValue: { reaction: feedback.reaction, feedback: JSON.stringify({ feedbackText: '' }) },
          },
        });
      } else if (press?.kind === 'execute') {
        deliver(
          conversation,
          {
            type: 'invoke',
            id: echo.id,
            name: 'adaptiveCard/action',
            replyToId: press.activityId,
            value: { action: { type: 'Action.Execute', verb: press.verb, data: press.data }, trigger: 'manual' },
            ...(typeof activity.locale === 'string' ? { locale: activity.locale } : {}),
          },
          press.activityId,
        );
      } else if (press?.kind === 'submit') {
        deliver(conversation, { ...outgoing, value: press.data, replyToId: press.activityId });
      } else {
        deliver(conversation, outgoing);
      }
      return echo;
    },
    receiveFromBot: (conversationId, activity, replyToId) => {
      const conversation = conversations.get(conversationId);
      if (!conversation) return undefined;
      return conversation.append(
        toPageActivity(conversation, {
          ...activity,
          type: typeof activity.type === 'string' ? activity.type : 'message',
          from: { ...localBotAccount, ...(activity.from as object | undefined), role: 'bot' },
          ...(replyToId ? { replyToId } : {}),
          id: undefined,
        }),
      );
    },
    updateFromBot: (conversationId, activityId, activity) => {
      const conversation = conversations.get(conversationId);
      if (!conversation) return undefined;
      return conversation.replace(activityId, (current) => ({
        ...current,
        ...withFeedbackActions({ ...activity, type: current.type }, activityId),
        type: current.type,
        from: current.from,
        attachments: translateAttachmentsForWebChat(activity.attachments, activityId, conversation.cardActions),
      }));
    },
    deleteFromBot: (conversationId, activityId) => conversations.get(conversationId)?.remove(activityId) ?? false,
    idle: async () => {
      await Promise.all([...conversations.values()].map((conversation) => conversation.queue));
    },
  };
}
