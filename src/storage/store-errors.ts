/** Failures of the document store that callers handle. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly reason: 'unavailable' | 'throttled' | 'conflict' | 'preconditionFailed' | 'notFound' | 'unknown',
    readonly isRetryable: boolean,
    options?: ErrorOptions,
  ) {
    super(`store operation failed: ${reason}`, options);
  }
}

const networkErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'TimeoutError',
]);

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof statusCode === 'number') return statusCode;
  if (typeof code === 'number') return code;
  return undefined;
}

function hasNetworkCause(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, name, cause } = error as { code?: unknown; name?: unknown; cause?: unknown };
  if (typeof code === 'string' && networkErrorCodes.has(code)) return true;
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  return hasNetworkCause(cause, depth + 1);
}

/** Maps an `@azure/cosmos` error (or a network error beneath it) to a {@link StoreError}. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const status = statusOf(error);
  const options = { cause: error };
  if (status === 404) return new StoreError('notFound', false, options);
  if (status === 409) return new StoreError('conflict', false, options);
  if (status === 412) return new StoreError('preconditionFailed', false, options);
  if (status === 429) return new StoreError('throttled', true, options);
  if (status === 408 || status === 449 || status === 500 || status === 502 || status === 503 || status === 504)
    return new StoreError('unavailable', true, options);
  if (hasNetworkCause(error)) return new StoreError('unavailable', true, options);
  return new StoreError('unknown', false, options);
}
