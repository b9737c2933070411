/**
 * What a log line may say about an error. Messages are left out: a zod error lists the values it
 * rejected, `JSON.parse` quotes its input, an HTTP error from the Bot Connector or Cosmos DB can echo
 * the document or card it was sent — any of which can be a pupil's name or a form's free text. The
 * error's name, its typed `reason`, its status code and the code lines (stack frames) are enough to
 * find the fault.
 */
export type ErrorLogFields = {
  readonly errorName: string;
  readonly errorReason?: string;
  readonly errorCode?: string | number;
  readonly causeName?: string;
  readonly causeCode?: string | number;
  readonly stack?: string;
};

function codeOf(error: object): string | number | undefined {
  const { statusCode, code } = error as { statusCode?: unknown; code?: unknown };
  if (typeof statusCode === 'number') return statusCode;
  if (typeof code === 'number' || (typeof code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(code))) return code;
  return undefined;
}

/** The stack without its first line(s), which repeat the message: only the `at ...` frames. */
function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length ? frames.join('\n') : undefined;
}

export function errorLogFields(error: unknown): ErrorLogFields {
  if (typeof error !== 'object' || error === null) return { errorName: typeof error };
  const { name, reason, stack, cause } = error as {
    name?: unknown;
    reason?: unknown;
    stack?: unknown;
    cause?: unknown;
  };
  const fields: { -readonly [K in keyof ErrorLogFields]: ErrorLogFields[K] } = {
    errorName: typeof name === 'string' ? name : 'Unknown',
  };
  if (typeof reason === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(reason)) fields.errorReason = reason;
  const code = codeOf(error);
  if (code !== undefined) fields.errorCode = code;
  if (typeof cause === 'object' && cause !== null) {
    const causeName = (cause as { name?: unknown }).name;
    if (typeof causeName === 'string') fields.causeName = causeName;
    const causeCode = codeOf(cause);
    if (causeCode !== undefined) fields.causeCode = causeCode;
  }
  const frames = framesOf(stack);
  if (frames) fields.stack = frames;
  return fields;
}
