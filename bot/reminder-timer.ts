import { errorLogFields } from '../src/logging/error-fields.js';
import type { Logger } from '../src/logging/logger.js';
import type { ReminderScheduler } from '../src/reminders/index.js';

/**
 * Sends the due reminders every `intervalMs` from this instance (0: never by itself; tests tick by hand).
 * A failed round is logged and the next one retries. The timer does not keep the process alive.
 * @returns stops the timer (on close)
 */
export function startReminderTimer({
  reminders,
  intervalMs,
  logger,
}: {
  readonly reminders: Pick<ReminderScheduler, 'tick'>;
  readonly intervalMs: number;
  readonly logger: Logger;
}): () => void {
  if (intervalMs <= 0) return () => undefined;
  const tick = () =>
    void reminders
      .tick()
      .catch((error: unknown) =>
        logger.warn(
          { event: 'reminder-tick-failed', ...errorLogFields(error) },
          'Reminder round failed; the next one retries',
        ),
      );
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
