import type { DossierRecord } from '../dossier/dossier-record.js';
import type { FormView, SummaryView } from './form-views.js';

export type SubmitOutcome =
  /** Refused input: the card again, every value kept, each error beside its field. */
  | { readonly kind: 'invalid'; readonly view: FormView }
  /** The store failed after retries and it is certain nothing was saved: the card again with "niet opgeslagen". */
  | { readonly kind: 'unsaved'; readonly view: FormView }
  /**
   * The store failed and could not say whether the record was saved: the card again, data kept, with that said
   * honestly.
   */
  | { readonly kind: 'unconfirmed'; readonly view: FormView }
  /** A concept saved: the card again, with a notice. */
  | { readonly kind: 'draft'; readonly view: FormView; readonly record: DossierRecord }
  /** Filed (or filed before: `created` false): the read-only summary. */
  | {
      readonly kind: 'filed';
      readonly view: SummaryView;
      readonly record: DossierRecord;
      readonly created: boolean;
      readonly confirmedNow?: boolean;
    };

export type StatusOutcome = {
  readonly kind: 'changed' | 'stale';
  readonly view: SummaryView;
  readonly record: DossierRecord;
};

export const unsavedNotice =
  'Niet opgeslagen, probeer het opnieuw. De opslag is even niet bereikbaar; alles wat je hebt ingevuld staat er nog. ' +
  'Druk over een minuut nogmaals op de knop.';
