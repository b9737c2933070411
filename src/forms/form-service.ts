import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import type { DossierRecord, RecordStatus } from '../dossier/dossier-record.js';
import { CreateUnconfirmedError, StaleRecordError } from '../dossier/dossier-errors.js';
import type { DossierService } from '../dossier/dossier-service.js';
import { StoreError } from '../storage/store-errors.js';
import { builtInCatalog, type FormCatalog } from './form-catalog.js';
import { dutchDay } from './form-fields.js';
import { sanitizePrefill, validateDraft, validateSubmission } from './form-submission.js';
import { formNotices } from './form-notices.js';
import { unsavedNotice, type StatusOutcome, type SubmitOutcome } from './form-outcomes.js';
import { formView, summaryView, type FormView, type SummaryView } from './form-views.js';

export type FormServiceOptions = {
  readonly dossier: DossierService;
  readonly now?: () => Date;
  /** Submission ids for new cards. @default randomUUID */
  readonly newId?: () => string;
  /** The forms. @default the built-in forms */
  readonly catalog?: FormCatalog;
};

export { unsavedNotice, type StatusOutcome, type SubmitOutcome } from './form-outcomes.js';

export type FormService = ReturnType<typeof createFormService>;

/**
 * The catalog's forms on top of the dossier:
 * open (with prefill), validate, file once, summarize, change status.
 */
export function createFormService({
  dossier,
  now = () => new Date(),
  newId = randomUUID,
  catalog = builtInCatalog,
}: FormServiceOptions) {
  const today = () => dutchDay(now());
  const definitionOf = (formType: string) => {
    const definition = catalog.find(formType);
    // Callers check the form id against the catalog first: an unknown one here is a bug.
    if (!definition) throw new Error(`Unknown form "${formType}": check it with catalog.find() first.`);
    return definition;
  };

  const summarize = (
    actor: Actor,
    record: DossierRecord,
    notice = '',
    noticeColor: SummaryView['noticeColor'] = 'Default',
  ) => summaryView({ actor, record, actions: dossier.nextStatuses(actor, record), notice, noticeColor, catalog });

  return {
    /** A fresh form card, with a new submission id and the prefill's known fields. */
    openForm: ({
      actor,
      formType,
      prefill,
    }: {
      readonly actor: Actor;
      readonly formType: string;
      readonly prefill?: unknown;
    }): FormView => {
      const definition = definitionOf(formType);
      const values = sanitizePrefill(definition, prefill);
      for (const [key, value] of Object.entries(definition.defaults?.({ actor, today: today() }) ?? {}))
        if (!values[key] && Object.hasOwn(definition.fields, key)) values[key] = value;
      return formView({ definition, actor, submissionId: newId(), values, today: today() });
    },

    submitForm: async ({
      actor,
      formType,
      data,
      mode = 'submit',
    }: {
      readonly actor: Actor;
      readonly formType: string;
      readonly data: unknown;
      readonly mode?: 'submit' | 'draft';
    }): Promise<SubmitOutcome> => {
      const definition = definitionOf(formType);
      const result =
        mode === 'draft'
          ? validateDraft(definition, data, { newId })
          : validateSubmission(definition, data, { today: today(), newId });
      if (!result.ok) {
        return {
          kind: 'invalid',
          view: formView({
            definition,
            actor,
            submissionId: result.submissionId,
            values: result.values,
            errors: result.errors,
            formErrors: result.formErrors,
            today: today(),
          }),
        };
      }
      try {
        const { record, created, confirmedNow } = await dossier.fileRecord({
          actor,
          recordType: definition.formType,
          submissionId: result.submissionId,
          title: definition.title(result.values),
          content: { formVersion: 1, values: result.values },
          status: mode === 'draft' ? 'concept' : 'ingediend',
        });
        if (mode === 'draft' && record.status === 'concept') {
          return {
            kind: 'draft',
            record,
            view: formView({
              definition,
              actor,
              submissionId: result.submissionId,
              values: result.values,
              today: today(),
              notice: 'Concept opgeslagen. Alleen jij ziet het; dien het in als het compleet is.',
              noticeColor: 'Good',
            }),
          };
        }
        const notice = created
          ? 'Opgeslagen en ingediend.'
          : 'Dit formulier was al ingediend; er is niets dubbel opgeslagen.';
        return {
          kind: 'filed',
          record,
          created,
          ...(confirmedNow ? { confirmedNow } : {}),
          view: summarize(actor, record, notice, 'Good'),
        };
      } catch (error) {
        if (error instanceof CreateUnconfirmedError) {
          return {
            kind: 'unconfirmed',
            view: formView({
              definition,
              actor,
              submissionId: result.submissionId,
              values: result.values,
              today: today(),
              notice: error.toReply(),
              noticeColor: 'Warning',
            }),
          };
        }
        if (error instanceof StoreError) {
          return {
            kind: 'unsaved',
            view: formView({
              definition,
              actor,
              submissionId: result.submissionId,
              values: result.values,
              today: today(),
              notice: unsavedNotice,
              noticeColor: 'Attention',
            }),
          };
        }
        throw error;
      }
    },

    /** The summary of one record (audited read). */
    viewRecord: async ({ actor, recordId }: { readonly actor: Actor; readonly recordId: string }) => {
      const record = await dossier.getRecord({ actor, recordId });
      return { record, view: summarize(actor, record) };
    },

    /** A concept opened again as its form, values kept, same submission id. */
    resumeDraft: ({
      actor,
      record,
    }: {
      readonly actor: Actor;
      readonly record: DossierRecord;
    }): FormView | undefined => {
      const definition = catalog.find(record.recordType);
      if (record.status !== 'concept' || !definition) return undefined;
      return formView({
        definition,
        actor,
        submissionId: record.submissionId,
        values: sanitizePrefill(definition, (record.content as { values?: unknown }).values),
        today: today(),
      });
    },

    /** A status change; a stale etag returns the current version with the reason. */
    changeStatus: async ({
      actor,
      recordId,
      to,
      etag,
    }: {
      readonly actor: Actor;
      readonly recordId: string;
      readonly to: RecordStatus;
      readonly etag: string;
    }): Promise<StatusOutcome> => {
      try {
        const record = await dossier.changeStatus({ actor, recordId, to, etag });
        return {
          kind: 'changed',
          record,
          view: summarize(
            actor,
            record,
            `Status gewijzigd naar "${summaryView({ actor, record, actions: [], catalog }).statusLabel}".`,
            'Good',
          ),
        };
      } catch (error) {
        if (!(error instanceof StaleRecordError)) throw error;
        const current = await dossier.getRecord({ actor, recordId });
        return { kind: 'stale', record: current, view: summarize(actor, current, error.toReply(), 'Warning') };
      }
    },

    summarize,

    /** What each colleague to tell of a filed record gets (who: the access policy), with its audit line. */
    notices: ({ filer, record, members }: Omit<Parameters<typeof formNotices>[0], 'catalog' | 'summarize'>) =>
      formNotices({ filer, record, members, catalog, summarize }),

    /** The forms this service runs. */
    catalog,
  };
}
