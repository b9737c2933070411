import { localBotAccount, parseInvokeResponse, type BotResponse } from './bot-endpoint.js';
import { withFeedbackActions } from './feedback-actions.js';
import type { ActivityFields, ChannelActivity, LocalConversation } from './local-conversation.js';
import { translateAttachmentsForWebChat } from './web-chat-card.js';

const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** A notice from the local channel itself (not the bot), e.g. when the bot could not be reached. */
export function channelNotice(text: string) {
  return { type: 'message', text, from: { id: 'local-chat', name: 'Lokale chat', role: 'channel' } };
}

/** An activity of the bot as the page shows it: an id, cards translated for Web Chat, feedback buttons. */
export function toPageActivity(conversation: LocalConversation, activity: ActivityFields): ChannelActivity {
  const id = activity.id ?? conversation.newActivityId();
  const attachments = translateAttachmentsForWebChat(activity.attachments, id, conversation.cardActions);
  return {
    ...(withFeedbackActions(activity, id) as ActivityFields),
    id,
    ...(attachments === undefined ? {} : { attachments }),
  };
}

/**
 * The bot's answer to a card press, as Teams shows it: a card replaces the pressed one, a text is a message,
 * an error a notice from the channel.
 */
export function showInvokeResponse(
  conversation: LocalConversation,
  cardActivityId: string,
  response: BotResponse,
): void {
  const invokeResponse = parseInvokeResponse(response.body);
  if (response.status >= 400) {
    conversation.append(channelNotice(`De bot kon deze knop niet verwerken (HTTP ${response.status}).`));
    return;
  }
  if (!invokeResponse) {
    conversation.append(channelNotice('De bot gaf geen antwoord op deze knop.'));
    return;
  }
  const { statusCode, type, value } = invokeResponse;
  if (statusCode === 200 && type === adaptiveCardContentType && typeof value === 'object' && value !== null) {
    const attachments = [{ contentType: adaptiveCardContentType, content: value }];
    const replaced = conversation.replace(cardActivityId, (current) => ({
      ...current,
      attachments: translateAttachmentsForWebChat(attachments, cardActivityId, conversation.cardActions),
    }));
    if (!replaced)
      conversation.append(toPageActivity(conversation, { type: 'message', from: { ...localBotAccount }, attachments }));
    return;
  }
  if (statusCode === 200 && typeof value === 'string') {
    conversation.append({ type: 'message', from: { ...localBotAccount }, text: value });
    return;
  }
  if (statusCode >= 400) {
    const message =
      typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string'
        ? (value as { message: string }).message
        : `code ${statusCode}`;
    conversation.append(channelNotice(`De bot meldt een fout bij deze knop: ${message}`));
  }
}
