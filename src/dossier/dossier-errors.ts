import { statusLabels, type RecordStatus } from './dossier-record.js';

/** Failures of the dossier that callers handle; each carries its Dutch reply. */
export class DossierError extends Error {
  override name = 'DossierError';
}

export class RecordNotFoundError extends DossierError {
  override name = 'RecordNotFoundError';
  constructor(readonly recordId: string, options?: ErrorOptions) {
    super(`dossier record not found: ${recordId}`, options);
  }
  toReply(): string {
    return 'Ik kan dit formulier niet (meer) vinden. Misschien is het verwijderd na de bewaartermijn, of hoort het bij een andere school.';
  }
}

/** The record changed since the card was shown (etag mismatch). */
export class StaleRecordError extends DossierError {
  override name = 'StaleRecordError';
  constructor(readonly recordId: string, options?: ErrorOptions) {
    super(`dossier record changed meanwhile: ${recordId}`, options);
  }
  toReply(): string {
    return 'Dit formulier is intussen door iemand anders gewijzigd, dus ik heb je wijziging niet doorgevoerd. Hieronder staat de actuele versie; kijk of je wijziging nog nodig is en probeer het dan opnieuw.';
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
    return `Dit formulier heeft de status "${statusLabels[this.from]}" en kan daardoor niet meer naar "${statusLabels[this.to]}".`;
  }
}
