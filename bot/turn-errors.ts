import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { errorLogFields } from '../src/logging/error-fields.js';
import type { Logger } from '../src/logging/logger.js';
import { StoreError } from '../src/storage/store-errors.js';

/** An error whose message is meant for the user: it carries its own Dutch reply. */
export interface UserFacingError extends Error {
  toReply(): string;
}

export function isUserFacing(error: unknown): error is UserFacingError {
  return error instanceof Error && typeof (error as Partial<UserFacingError>).toReply === 'function';
}

/**
 * What the user reads when the store could not be reached and nothing was done: the one wording for that
 * failure, whether the turn failed before any route ran or a route gave up.
 */
export const storeDownReply =
  'Niet opgeslagen: de opslag is even niet bereikbaar, dus ik heb niets gedaan met je bericht. ' +
  'Probeer het over een minuut opnieuw; wat je in een formulier had ingevuld, staat er nog.';

/** What the user reads when a turn failed for a reason not meant for them, with the reference for the admin. */
export function apologyReply(reference: string): string {
  return (
    'Sorry, er ging iets mis bij het verwerken van je bericht. Probeer het nog eens. ' +
    `Blijft het misgaan, geef dan deze code door aan je ICT-beheerder: ${reference}.`
  );
}

export type UserErrorOptions = {
  /** Where refusals are logged (by error name, never the message). @default none */
  readonly logger?: Logger | undefined;
  /** The log event of a refusal: `guide-refuse`, `case-refuse`. @default none: not logged */
  readonly event?: string;
  /** Ids to log with it (a verb, the activity id): never pupil data. */
  readonly fields?: Readonly<Record<string, string | undefined>>;
  /**
   * Whether a store failure is answered too (with {@link storeDownReply}) instead of failing the turn.
   * @default false
   */
  readonly storeFailures?: boolean;
};

/**
 * The one place where a route's errors meant for the user become its reply: an error's own `toReply()`,
 * or (with `storeFailures`) the store-down reply. Anything else fails the turn, for the turn-error handler.
 * @example return replyingToUserErrors(() => guides.move(...).then(stepCard), { logger, event: 'guide-refuse' });
 */
export async function replyingToUserErrors<T>(
  run: () => Promise<T>,
  { logger, event, fields = {}, storeFailures = false }: UserErrorOptions = {},
): Promise<T | { readonly text: string }> {
  try {
    return await run();
  } catch (error) {
    if (isUserFacing(error)) {
      if (event) logger?.info({ event, ...fields, errorName: error.name }, 'Refused: the user was told why');
      return { text: error.toReply() };
    }
    if (storeFailures && error instanceof StoreError) {
      logger?.warn(
        { event: 'store-failed', ...fields, reason: error.reason },
        'The store failed during a route: the user was told nothing was done',
      );
      return { text: storeDownReply };
    }
    throw error;
  }
}

/** A short reference a user can quote to the IT admin; the log line carries the same one. */
export function newErrorReference(): string {
  return randomUUID().slice(0, 8).toUpperCase();
}

/**
 * The one turn-error handler: the user gets a short Dutch reply (the error's own, or an apology with a
 * reference id); the log gets the details with that id, and the activity's ids — never its text, nor the
 * error's message (see {@link errorLogFields}).
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const reference = newErrorReference();
    logger.error(
      {
        event: 'turn-error',
        reference,
        activityId: context.activity.id,
        activityType: context.activity.type,
        conversationId: context.activity.conversation?.id,
        // Not the message: a zod, JSON or HTTP error can quote the input it failed on.
        ...errorLogFields(error),
      },
      'A turn failed',
    );
    // A store outage before anything was answered (typically while loading the turn state, before any
    // route ran): say plainly that nothing was saved, so the user knows to press again.
    const storeDownFirst = error instanceof StoreError && error.isRetryable && !context.responded;
    const reply = isUserFacing(error) ? error.toReply() : storeDownFirst ? storeDownReply : apologyReply(reference);
    try {
      if (context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action' && !context.responded) {
        // A card button: answer the invoke itself, so Teams shows the text at the card (which keeps what was
        // filled in) instead of a bare failure (HTTP 501).
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 200,
            body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply },
          },
        });
        return;
      }
      await context.sendActivity(reply);
    } catch (sendError) {
      logger.error(
        { event: 'turn-error-reply-failed', reference, ...errorLogFields(sendError) },
        'Could not send the apology',
      );
    }
  };
}
