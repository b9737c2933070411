import { statusLabels, type RecordStatus } from './dossier-record.js';
import { StoreError } from '../storage/store-errors.js';

/** Failures of the dossier that callers handle; each carries its Dutch reply. */
export class DossierError extends Error {
  override name = 'DossierError';
}

export class RecordNotFoundError extends DossierError {
  override name = 'RecordNotFoundError';
  constructor(
    readonly recordId: string,
    options?: ErrorOptions,
  ) {
    super(`dossier record not found: ${recordId}`, options);
  }
  toReply(): string {
    return (
      'Ik kan dit formulier niet (meer) vinden. Misschien is het verwijderd na de bewaartermijn, of hoort het ' +
      'bij een andere school.'
    );
  }
}

/** The record changed since the card was shown (etag mismatch). */
export class StaleRecordError extends DossierError {
  override name = 'StaleRecordError';
  constructor(
    readonly recordId: string,
    options?: ErrorOptions,
  ) {
    super(`dossier record changed meanwhile: ${recordId}`, options);
  }
  toReply(): string {
    return (
      'Dit formulier is intussen door iemand anders gewijzigd, dus ik heb je wijziging niet doorgevoerd. ' +
      'Hieronder staat de actuele versie; kijk of je wijziging nog nodig is en probeer het dan opnieuw.'
    );
  }
}

export class InvalidTransitionError extends DossierError {
  override name = 'InvalidTransitionError';
  constructor(
    readonly from: RecordStatus,
    readonly to: RecordStatus,
    options?: ErrorOptions,
  ) {
    super(`status cannot change from ${from} to ${to}`, options);
  }
  toReply(): string {
    return (
      `Dit formulier heeft de status "${statusLabels[this.from]}" en kan daardoor niet meer naar ` +
      `"${statusLabels[this.to]}".`
    );
  }
}

/**
 * A create failed on the store, and reading the record back failed too: it may have been saved or not.
 * A `StoreError` (`unavailable`), so callers that only know store failures still answer politely.
 */
export class CreateUnconfirmedError extends StoreError {
  override name = 'CreateUnconfirmedError';
  constructor(
    readonly recordId: string,
    options?: ErrorOptions,
  ) {
    super('unavailable', true, options);
  }
  toReply(): string {
    return (
      'Het opslaan is niet bevestigd: de opslag reageert niet. Je gegevens staan nog in het formulier — druk ' +
      'straks opnieuw op Indienen; dubbel opslaan kan niet.'
    );
  }
}

/** Every attempt of a create was refused, before sending (ECONNREFUSED) or by Cosmos (429): certainly not saved. */
export class CreateNotSentError extends StoreError {
  override name = 'StoreError';
  constructor(options?: ErrorOptions) {
    super('unavailable', true, options);
  }
}

/** True when a connection was refused: the request never left this process. */
export function refusedBeforeSending(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (code === 'ECONNREFUSED') return true;
  if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => refusedBeforeSending(inner, depth + 1)))
    return true;
  return refusedBeforeSending(cause, depth + 1);
}
