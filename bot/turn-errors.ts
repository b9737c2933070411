import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../src/logging/logger.js';

/** An error whose message is meant for the user: it carries its own Dutch reply. */
export interface UserFacingError extends Error {
  toReply(): string;
}

function isUserFacing(error: unknown): error is UserFacingError {
  return error instanceof Error && typeof (error as Partial<UserFacingError>).toReply === 'function';
}

/** A short reference a user can quote to the IT admin; the log line carries the same one. */
export function newErrorReference(): string {
  return randomUUID().slice(0, 8).toUpperCase();
}

/**
 * The one turn-error handler: the user gets a short Dutch reply (the error's own, or an apology with a
 * reference id); the log gets the details with that id, and the activity's ids — never its text.
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
        errorName: error.name,
        errorMessage: error.message,
        stack: error.stack,
      },
      'A turn failed',
    );
    const reply = isUserFacing(error)
      ? error.toReply()
      : `Sorry, er ging iets mis bij het verwerken van je bericht. Probeer het nog eens. Blijft het misgaan, geef dan deze code door aan je ICT-beheerder: ${reference}.`;
    try {
      await context.sendActivity(reply);
    } catch (sendError) {
      logger.error({ event: 'turn-error-reply-failed', reference, errorMessage: (sendError as Error).message }, 'Could not send the apology');
    }
  };
}
