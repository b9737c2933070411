import { z } from 'zod';

/**
 * Teams shows 👍/👎 under a message whose `channelData.feedbackLoopEnabled` is true and sends the press as
 * a `message/submitAction` invoke. Web Chat 4.18 shows the same buttons for `LikeAction`/`DislikeAction`
 * in the message's schema.org entity, and posts a press as a `webchat:activity-status/feedback` event
 * without saying which message it was about — so the action's `@id` carries the message id.
 */
export const feedbackEventName = 'webchat:activity-status/feedback';

const feedbackIdPrefix = 'urn:verzuimwijzer:local-chat:feedback:';
const messageEntityType = 'https://schema.org/Message';

type Json = Record<string, unknown>;

const reactions = { LikeAction: 'like', DislikeAction: 'dislike' } as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds the 👍/👎 actions Web Chat shows to a message the bot sent with the feedback loop enabled. */
export function withFeedbackActions(activity: Json, activityId: string): Json {
  const channelData = isObject(activity.channelData) ? activity.channelData : {};
  if (activity.type !== 'message' || channelData.feedbackLoopEnabled !== true) return activity;
  const potentialAction = (Object.keys(reactions) as (keyof typeof reactions)[]).map((type) => ({
    '@type': type,
    '@id': `${feedbackIdPrefix}${reactions[type]}:${activityId}`,
    actionStatus: 'PotentialActionStatus',
  }));
  const entities = Array.isArray(activity.entities) ? (activity.entities as unknown[]) : [];
  const index = entities.findIndex((entity) => isObject(entity) && entity.type === messageEntityType);
  const message =
    index >= 0
      ? (entities[index] as Json)
      : { type: messageEntityType, '@type': 'Message', '@context': 'https://schema.org', '@id': '' };
  // Web Chat reads only string-valued additionalType; Teams' AI label is a list.
  const { additionalType, ...rest } = message;
  const entity = { ...rest, ...(typeof additionalType === 'string' ? { additionalType } : {}), potentialAction };
  return {
    ...activity,
    entities:
      index >= 0
        ? entities.map((candidate, position) => (position === index ? entity : candidate))
        : [...entities, entity],
  };
}

const feedbackEventSchema = z.object({
  type: z.literal('event'),
  name: z.literal(feedbackEventName),
  entities: z.array(z.object({ '@id': z.string() }).passthrough()).min(1),
});

/** The message id and reaction of a 👍/👎 press the page posted; undefined for any other activity. */
export function readFeedbackPress(
  activity: unknown,
): { readonly activityId: string; readonly reaction: 'like' | 'dislike' } | undefined {
  const parsed = feedbackEventSchema.safeParse(activity);
  if (!parsed.success) return undefined;
  const id = parsed.data.entities[0]!['@id'];
  const match = /^(like|dislike):(.+)$/.exec(id.startsWith(feedbackIdPrefix) ? id.slice(feedbackIdPrefix.length) : '');
  return match ? { reaction: match[1] as 'like' | 'dislike', activityId: match[2]! } : undefined;
}
