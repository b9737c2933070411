import { pino } from 'pino';

/**
 * Structured JSON logs. Log ids and event names, never pupil data: names, dates of birth, contact
 * details and free text of forms must not reach a log line. Event names are noun-verb (`form-submit`).
 */
export type Logger = pino.Logger;

export type LoggerOptions = {
  /** @default 'info' */
  readonly level?: string;
  /** Where lines go. @default process.stdout */
  readonly destination?: pino.DestinationStream;
};

export function createLogger({ level = 'info', destination }: LoggerOptions = {}): Logger {
  return pino(
    {
      level,
      base: { service: 'verzuimwijzer' },
      // Defence in depth: should a record ever be logged by mistake, its personal fields are censored.
      redact: {
        paths: [
          '*.pupilName',
          '*.birthDate',
          '*.parentPhone',
          '*.parentEmail',
          '*.notes',
          '*.text',
          'text',
          'values',
          '*.values',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** A logger that drops everything, for tests that do not read the log. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
