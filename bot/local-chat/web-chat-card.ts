import { z } from 'zod';

/**
 * Web Chat 4.18 renders `Action.Execute` buttons but does nothing when they are pressed ("received
 * unknown action"), and it ignores Teams' `msteams` hints in `Action.Submit` data. The bridge plays the
 * channel, so it translates what Teams would do into what Web Chat can send:
 * - `Action.Execute` → `Action.Submit` carrying a marker; the bridge turns the press back into the
 *   `adaptiveCard/action` invoke Teams sends, and shows the card from the invoke response in place.
 * - `Action.Submit` with `msteams: { type: 'imBack' | 'messageBack' }` → Web Chat's own card action of
 *   that type (the user sees the text as their message, as in Teams).
 * - any other `Action.Submit` → the same data plus the marker, so the press reaches the bot with the
 *   pressed card's id as `replyToId` (Teams sets it; Web Chat does not), and the bot can update it.
 */
export const localChatActionKey = 'verzuimwijzer.localChatAction';

const markerSchema = z.object({
  kind: z.enum(['execute', 'submit']),
  activityId: z.string().min(1).max(300),
  verb: z.string().max(200).optional(),
});

export type CardPress =
  | {
      readonly kind: 'execute';
      readonly verb: string;
      readonly activityId: string;
      readonly data: Record<string, unknown>;
    }
  | { readonly kind: 'submit'; readonly activityId: string; readonly data: Record<string, unknown> };

const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const msteamsSchema = z.object({
  type: z.enum(['imBack', 'messageBack']),
  value: z.unknown().optional(),
  text: z.string().optional(),
  displayText: z.string().optional(),
});

function translateSubmit(action: Json, activityId: string): Json {
  const { data } = action;
  if (typeof data === 'string') return action;
  const dataObject = isObject(data) ? data : {};
  const msteams = msteamsSchema.safeParse(dataObject.msteams);
  if (msteams.success && msteams.data.type === 'imBack' && typeof msteams.data.value === 'string') {
    return {
      ...action,
      data: {
        __isBotFrameworkCardAction: true,
        cardAction: { type: 'imBack', title: action.title, value: msteams.data.value },
      },
    };
  }
  if (msteams.success && msteams.data.type === 'messageBack') {
    const { text, displayText, value } = msteams.data;
    return {
      ...action,
      data: {
        __isBotFrameworkCardAction: true,
        cardAction: { type: 'messageBack', title: action.title, text, displayText, value },
      },
    };
  }
  return { ...action, data: { ...dataObject, [localChatActionKey]: { kind: 'submit', activityId } } };
}

function translateExecute(action: Json, activityId: string): Json {
  const { verb, data, fallback: _fallback, type: _type, ...rest } = action;
  const dataObject = isObject(data) ? data : {};
  return {
    ...rest,
    type: 'Action.Submit',
    data: {
      ...dataObject,
      [localChatActionKey]: { kind: 'execute', activityId, verb: typeof verb === 'string' ? verb : '' },
    },
  };
}

/**
 * How the page acts on `Action.Execute`: `execute` as Teams does (the invoke), or `submit` as a client
 * without Universal Actions does — it shows the action's `fallback` (an `Action.Submit`) or drops it.
 */
export type CardActionMode = 'execute' | 'submit';

const dropped = Symbol('dropped');

function translateNode(node: unknown, activityId: string, mode: CardActionMode): unknown {
  if (Array.isArray(node))
    return node.map((item) => translateNode(item, activityId, mode)).filter((item) => item !== dropped);
  if (!isObject(node)) return node;
  const translated: Json = {};
  for (const [key, value] of Object.entries(node)) {
    const child = translateNode(value, activityId, mode);
    if (child !== dropped) translated[key] = child;
  }
  if (translated.type === 'Action.Execute') {
    if (mode === 'execute') return translateExecute(translated, activityId);
    // The fallback was translated with the other children; "drop" or none means the button is left out.
    return isObject(translated.fallback) ? translated.fallback : dropped;
  }
  if (translated.type === 'Action.Submit') return translateSubmit(translated, activityId);
  return translated;
}

/** Translates the Adaptive Cards among an activity's attachments for Web Chat (see {@link localChatActionKey}). */
export function translateAttachmentsForWebChat(
  attachments: unknown,
  activityId: string,
  mode: CardActionMode = 'execute',
): unknown {
  if (!Array.isArray(attachments)) return attachments;
  return attachments.map((attachment: unknown) =>
    isObject(attachment) && attachment.contentType === adaptiveCardContentType && isObject(attachment.content)
      ? { ...attachment, content: translateNode(attachment.content, activityId, mode) }
      : attachment,
  );
}

/**
 * Reads the marker from a message value Web Chat sent for a card press; undefined for any other value.
 * The returned `data` is the value without the marker, as the bot would have received it from Teams.
 */
export function readCardPress(value: unknown): CardPress | undefined {
  if (!isObject(value) || !(localChatActionKey in value)) return undefined;
  const { [localChatActionKey]: marker, ...data } = value;
  const parsed = markerSchema.safeParse(marker);
  if (!parsed.success) return undefined;
  const { kind, activityId, verb } = parsed.data;
  return kind === 'execute' ? { kind, verb: verb ?? '', activityId, data } : { kind, activityId, data };
}

/** The value without the marker (what the page's own echo of a card press shows). */
export function withoutCardPressMarker(value: unknown): unknown {
  if (!isObject(value) || !(localChatActionKey in value)) return value;
  const { [localChatActionKey]: _marker, ...rest } = value;
  return rest;
}
