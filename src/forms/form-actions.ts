import type { Situation } from '../rules/situation.js';
import type { AdviceResult } from '../rules/advice.js';
import { z } from 'zod';
import { AccessDeniedError } from '../access/access-errors.js';
import type { AccessService } from '../access/access-service.js';
import type { Actor, Identity } from '../access/actor.js';
import { InvalidTransitionError, RecordNotFoundError } from '../dossier/dossier-errors.js';
import { recordStatusSchema, type DossierRecord } from '../dossier/dossier-record.js';
import type { DossierService } from '../dossier/dossier-service.js';
import { errorLogFields } from '../logging/error-fields.js';
import type { Logger } from '../logging/logger.js';
import { StoreError } from '../storage/store-errors.js';
import { formPrefill, type FormPrefillSlots } from './form-prefill.js';
import type { FormService } from './form-service.js';
import { overzichtView } from './overzicht-view.js';

/**
 * What a form action answers: a card (its template, a name in `cards/` or the template itself, and the data
 * it binds), or a short text. `below`: send the card as a new message and answer the press with this text.
 */
export type FormReply =
  { readonly card: string | object; readonly view: object; readonly below?: string } | { readonly text: string };

/** Who pressed or typed, and the activity's id (for the logs). */
export type FormRequest = { readonly identity: Identity; readonly activityId?: string };

export type FormActionsOptions = {
  readonly access: AccessService;
  readonly dossier: DossierService;
  readonly forms: FormService;
  readonly logger: Logger;
  /** Tells colleagues of a filed form, in the background (its failure is logged). @default nobody is told */
  readonly notify?: (filed: { readonly filer: Actor; readonly record: DossierRecord }) => Promise<unknown>;
  /** Called once a form is filed, not awaited (must not reject): puts a filed aanmeldformulier on the pupil's case. */
  readonly onFiled?: (filed: { readonly actor: Actor; readonly record: DossierRecord }) => Promise<void>;
  /** Called after a status change, not awaited (must not reject): closes a finished aanmelding's actions. */
  readonly onStatusChanged?: (changed: { readonly actor: Actor; readonly record: DossierRecord }) => Promise<void>;
  /** The region's rules, for what a form opened from a message starts with. @default the Bossche protocol */
  readonly advise?: (situation: Situation) => AdviceResult;
};

const storeDownReply =
  'De opslag is even niet bereikbaar, dus er is niets opgeslagen of gewijzigd. Probeer het over een minuut opnieuw.';
const unsavedReply =
  'Niet opgeslagen, probeer het opnieuw. De opslag is even niet bereikbaar; wat je hebt ingevuld staat nog in het ' +
  'formulier.';

const formOpenSchema = z.object({
  verb: z.literal('form-open').optional(),
  formType: z.string().max(60),
  prefill: z.record(z.unknown()).optional(),
  asNewMessage: z.boolean().optional(),
});
const formStatusSchema = z
  .object({
    verb: z.literal('form-status').optional(),
    recordId: z.string().min(1).max(200),
    to: recordStatusSchema,
    etag: z.string().min(1).max(200),
  })
  .strict();
const formViewSchema = z
  .object({ verb: z.literal('form-view').optional(), recordId: z.string().min(1).max(200) })
  .strict();
const overzichtSchema = z
  .object({ verb: z.string().optional(), status: z.union([recordStatusSchema, z.literal('')]).optional() })
  .passthrough();

export type FormActions = ReturnType<typeof createFormActions>;

/**
 * The forms' use cases as the routes call them: one call per activity, card data parsed here, the actor
 * resolved here, refusals and store failures turned into polite Dutch replies.
 */
export function createFormActions({
  access,
  dossier,
  forms,
  logger,
  notify,
  onFiled,
  onStatusChanged,
  advise,
}: FormActionsOptions) {
  const { catalog } = forms;

  async function asActor(
    { identity, activityId }: FormRequest,
    handler: (actor: Actor) => Promise<FormReply>,
    storeFailure = storeDownReply,
  ): Promise<FormReply> {
    try {
      return await handler(await access.resolveActor(identity));
    } catch (error) {
      if (
        error instanceof AccessDeniedError ||
        error instanceof RecordNotFoundError ||
        error instanceof InvalidTransitionError
      ) {
        logger.info({ event: 'form-refuse', reason: error.name, activityId }, 'Refused a form action');
        return { text: error.toReply() };
      }
      if (error instanceof StoreError) {
        logger.warn(
          { event: 'form-store-failed', reason: error.reason, activityId },
          'Store failed during a form action',
        );
        return { text: storeFailure };
      }
      throw error;
    }
  }

  const cardOf = (formType: string) => catalog.find(formType)!.card;

  const open = (request: FormRequest & { readonly formType: string; readonly prefill?: unknown }) =>
    asActor(request, async (actor) => {
      // Refuse before the user types pupil data into a form they could not file.
      await dossier.assertCanCreate({ actor, recordType: request.formType });
      return {
        card: cardOf(request.formType),
        view: forms.openForm({ actor, formType: request.formType, prefill: request.prefill }),
      };
    });

  const overzicht = (request: FormRequest & { readonly data?: unknown }) => {
    const parsed = overzichtSchema.safeParse(request.data ?? {});
    const status = parsed.success && parsed.data.status ? parsed.data.status : undefined;
    return asActor(request, async (actor) => {
      const records = await dossier.listRecords({ actor, ...(status ? { status } : {}) });
      const nextStatuses = (record: DossierRecord) => dossier.nextStatuses(actor, record);
      return {
        card: 'overzicht',
        view: overzichtView({ actor, records, nextStatuses, catalog, ...(status ? { status } : {}) }),
      };
    });
  };

  const filed = (actor: Actor, record: DossierRecord) => {
    // In the background: the filing's reply waits neither for the case nor for the notification.
    if (onFiled) void onFiled({ actor, record });
    if (notify)
      void notify({ filer: actor, record }).catch((error: unknown) =>
        logger.warn(
          { event: 'form-notify-failed', recordId: record.id, ...errorLogFields(error) },
          'Notification failed',
        ),
      );
  };

  return {
    /** A form opened by a message: prefilled with what it said (first name, absence). */
    openFromMessage: (request: FormRequest & { readonly formType: string; readonly slots: FormPrefillSlots }) =>
      open({ ...request, prefill: formPrefill(catalog.find(request.formType)!, request.slots, advise) }),

    /** A form opened by a button (`form-open`). */
    openFromCard: async (request: FormRequest & { readonly data: unknown }): Promise<FormReply> => {
      const parsed = formOpenSchema.safeParse(request.data);
      if (!parsed.success || !catalog.find(parsed.data.formType))
        return { text: `Ik weet niet welk formulier je wilt openen. Typ ${catalog.commandList}.` };
      const opened = await open({ ...request, formType: parsed.data.formType, prefill: parsed.data.prefill });
      // Pressed on a card that must stay (a gespreksverslag): the form arrives below it instead of in its place.
      if (parsed.data.asNewMessage && 'card' in opened)
        return { ...opened, below: 'Het formulier staat hieronder; het verslag blijft hierboven staan.' };
      return opened;
    },

    /** `form-submit`: validate, file once, tell who must know; or the form again with what is wrong. */
    submit: async (request: FormRequest & { readonly data: unknown }): Promise<FormReply> => {
      const formType = (request.data as { formType?: unknown } | undefined)?.formType;
      const definition = catalog.find(formType);
      if (!definition)
        return { text: `Dit formulier kwam niet goed door. Open het opnieuw met ${catalog.commandList}.` };
      return asActor(
        request,
        async (actor) => {
          const outcome = await forms.submitForm({ actor, formType: definition.formType, data: request.data });
          const created = 'created' in outcome ? outcome.created : undefined;
          logger.info(
            {
              event: 'form-submit',
              formType: definition.formType,
              outcome: outcome.kind,
              ...('record' in outcome ? { recordId: outcome.record.id, created } : {}),
            },
            'Form submitted',
          );
          if (outcome.kind !== 'filed') return { card: definition.card, view: outcome.view };
          // Also when only now confirmed: the press that saved it could not tell, so nobody was told then.
          if (outcome.created || outcome.confirmedNow) filed(actor, outcome.record);
          return { card: 'form-summary', view: outcome.view };
        },
        unsavedReply,
      );
    },

    /** `form-view`: a record's summary, or a concept as its form again. */
    view: async (request: FormRequest & { readonly data: unknown }): Promise<FormReply> => {
      const parsed = formViewSchema.safeParse(request.data);
      if (!parsed.success) return { text: 'Ik weet niet welk formulier je wilt bekijken.' };
      return asActor(request, async (actor) => {
        const { record, view } = await forms.viewRecord({ actor, recordId: parsed.data.recordId });
        const draft = forms.resumeDraft({ actor, record });
        return draft ? { card: cardOf(record.recordType), view: draft } : { card: 'form-summary', view };
      });
    },

    /** `form-status`: a status change, or the current version when someone else changed it first. */
    changeStatus: async (request: FormRequest & { readonly data: unknown }): Promise<FormReply> => {
      const parsed = formStatusSchema.safeParse(request.data);
      if (!parsed.success)
        return { text: 'Deze knop kwam niet goed door. Open het formulier opnieuw via "overzicht".' };
      const { recordId, to, etag } = parsed.data;
      return asActor(request, async (actor) => {
        const outcome = await forms.changeStatus({ actor, recordId, to, etag });
        logger.info({ event: 'form-status', recordId, to, outcome: outcome.kind }, 'Form status change');
        if (outcome.kind === 'changed' && onStatusChanged) void onStatusChanged({ actor, record: outcome.record });
        return { card: 'form-summary', view: outcome.view };
      });
    },

    /** The overzicht: the records the actor may see, optionally of one status. */
    overzicht,
  };
}
