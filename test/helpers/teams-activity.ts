import { randomUUID } from 'node:crypto';

export type TeamsUser = { readonly id: string; readonly aadObjectId: string; readonly name: string };

export const tenantId = '72f988bf-0000-4000-8000-000000000001';
export const botAccount = { id: '28:verzuimwijzer-bot', name: 'Verzuimwijzer' };
export const mentor: TeamsUser = { id: '29:1-mentor', aadObjectId: 'aad-mentor-0001', name: 'Mentor De Vries' };

/** A personal-chat conversation id in the shape Teams uses. */
export function personalConversationId(): string {
  return `a:1${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}`;
}

type ActivityOptions = {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly from?: TeamsUser;
  readonly id?: string;
};

function base({
  serviceUrl,
  conversationId,
  from = mentor,
  id = `1${Date.now()}${Math.floor(Math.random() * 1e6)}`,
}: ActivityOptions) {
  return {
    id,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    locale: 'nl-NL',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { ...botAccount },
    conversation: { id: conversationId, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
  };
}

/** A text message as Teams delivers it to the bot. */
export function teamsMessage(options: ActivityOptions & { readonly text: string }) {
  return {
    ...base(options),
    type: 'message',
    text: options.text,
    textFormat: 'plain',
    entities: [{ type: 'clientInfo', locale: 'nl-NL', country: 'NL', platform: 'Web' }],
  };
}

/** The install event in a personal chat. */
export function teamsInstall(options: ActivityOptions) {
  const from = options.from ?? mentor;
  return {
    ...base(options),
    type: 'conversationUpdate',
    membersAdded: [{ id: from.id, aadObjectId: from.aadObjectId }],
  };
}

/** An `Action.Execute` press, as Teams sends it: an `adaptiveCard/action` invoke. */
export function teamsCardAction(
  options: ActivityOptions & { readonly verb: string; readonly data: Record<string, unknown> },
) {
  return {
    ...base(options),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: options.verb, data: options.data }, trigger: 'manual' },
  };
}

/** An `Action.Submit` press: a message with `value` and no text. */
export function teamsCardSubmit(options: ActivityOptions & { readonly data: Record<string, unknown> }) {
  return { ...base(options), type: 'message', value: options.data };
}
