import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import { renderCard } from '../../cards/render-card.js';
import { AccessDeniedError } from '../../src/access/access-errors.js';
import type { AccessService } from '../../src/access/access-service.js';
import type { Actor } from '../../src/access/actor.js';
import { roleLabels, roleSchema } from '../../src/access/roles.js';
import { InvalidTransitionError, RecordNotFoundError } from '../../src/dossier/dossier-errors.js';
import { recordStatusSchema, type RecordStatus } from '../../src/dossier/dossier-record.js';
import type { DossierService } from '../../src/dossier/dossier-service.js';
import type { DossierRecord } from '../../src/dossier/dossier-record.js';
import type { FormType } from '../../src/forms/form-definition.js';
import type { FormService } from '../../src/forms/form-service.js';
import type { NoticeColor } from '../../src/forms/form-views.js';
import { overzichtView } from '../../src/forms/overzicht-view.js';
import { errorLogFields } from '../../src/logging/error-fields.js';
import type { Logger } from '../../src/logging/logger.js';
import { StoreError } from '../../src/storage/store-errors.js';
import { identityOf } from '../actor.js';
import { cardMessage, onCardAction, type CardActionResult } from '../card-actions.js';
import type { FormNotifier } from '../notifications.js';
import type { AppTurnState } from '../turn-state.js';
import { slotsOf, type TurnUnderstanding } from '../understood-message.js';
import { formPrefill } from '../../src/forms/form-prefill.js';
import { escapeCardMarkdown } from '../../src/forms/card-text.js';

export type FormRoutesOptions = {
  readonly access: AccessService;
  readonly dossier: DossierService;
  readonly forms: FormService;
  readonly notify?: FormNotifier;
  /** Called once a form is filed, not awaited (must not reject): puts a filed aanmeldformulier on the pupil's case. */
  readonly onFiled?: (filed: { readonly actor: Actor; readonly record: DossierRecord }) => Promise<void>;
  /** Called after a status change, not awaited (must not reject): closes a finished aanmelding's actions. */
  readonly onStatusChanged?: (changed: { readonly actor: Actor; readonly record: DossierRecord }) => Promise<void>;
  readonly logger: Logger;
  readonly understood: TurnUnderstanding;
};

const storeDownReply =
  'De opslag is even niet bereikbaar, dus er is niets opgeslagen of gewijzigd. Probeer het over een minuut opnieuw.';
const unsavedReply =
  'Niet opgeslagen, probeer het opnieuw. De opslag is even niet bereikbaar; wat je hebt ingevuld staat nog in het formulier.';

const formOpenSchema = z.object({
  verb: z.literal('form-open').optional(),
  formType: z.enum(['aanmeldformulier', 'verzuimcoach']),
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
const roleSetSchema = z
  .object({
    verb: z.literal('role-set').optional(),
    memberPick: z.string().max(200).optional(),
    userId: z.string().max(200).optional(),
    name: z.string().max(200).optional(),
    roles: z.string().max(200).optional(),
  })
  .strict();

/** Runs a handler for the actor behind the turn; refusals and store failures become polite Dutch replies. */
async function asActor<T extends CardActionResult>(
  context: TurnContext,
  { access, logger }: Pick<FormRoutesOptions, 'access' | 'logger'>,
  handler: (actor: Actor) => Promise<T>,
  storeFailure = storeDownReply,
): Promise<T | { text: string }> {
  try {
    const actor = await access.resolveActor(identityOf(context));
    return await handler(actor);
  } catch (error) {
    if (
      error instanceof AccessDeniedError ||
      error instanceof RecordNotFoundError ||
      error instanceof InvalidTransitionError
    ) {
      logger.info(
        { event: 'form-refuse', reason: error.name, activityId: context.activity.id },
        'Refused a form action',
      );
      return { text: error.toReply() };
    }
    if (error instanceof StoreError) {
      logger.warn(
        { event: 'form-store-failed', reason: error.reason, activityId: context.activity.id },
        'Store failed during a form action',
      );
      return { text: storeFailure };
    }
    throw error;
  }
}

async function send(context: TurnContext, result: CardActionResult): Promise<void> {
  await context.sendActivity('card' in result ? cardMessage(result.card) : result.text);
}

function renderOverzicht(
  dossier: DossierService,
  actor: Actor,
  status?: RecordStatus,
  notice = '',
  noticeColor: NoticeColor = 'Default',
) {
  return dossier.listRecords({ actor, ...(status ? { status } : {}) }).then((records) => ({
    card: renderCard(
      'overzicht',
      overzichtView({
        actor,
        records,
        ...(status ? { status } : {}),
        nextStatuses: (record) => dossier.nextStatuses(actor, record),
        notice,
        noticeColor,
      }),
    ),
  }));
}

async function renderRoles(
  access: AccessService,
  actor: Actor,
  extra: {
    notice?: string;
    noticeColor?: NoticeColor;
    formErrors?: string;
    values?: Record<string, string>;
    errors?: Record<string, string>;
  } = {},
) {
  const members = await access.listMembers(actor);
  return {
    card: renderCard('form-roles', {
      schoolName: actor.schoolName,
      notice:
        extra.notice ??
        (actor.demo
          ? `${actor.schoolName}: hier heeft iedereen alle rollen, dus wat je hier instelt heeft geen effect. Zet ROLES_FILE om echte rollen te gebruiken.`
          : ''),
      noticeColor: extra.noticeColor ?? (actor.demo ? 'Warning' : 'Default'),
      formErrors: extra.formErrors ?? '',
      members: members.map((member) => ({
        userId: member.userId,
        name: escapeCardMarkdown(member.name),
        rolesLabel: member.roles.map((role) => roleLabels[role]).join(', ') || 'geen rol',
      })),
      values: { memberPick: '', userId: '', name: '', roles: '', ...extra.values },
      errors: { memberPick: '', userId: '', name: '', roles: '', ...extra.errors },
    }),
  };
}

/**
 * The aanmeldformulier ziekteverzuim, the verwijzing naar verzuimcoach, the overzicht with status
 * actions, and role changes by a school admin.
 */
export function registerFormRoutes(app: Application<AppTurnState>, options: FormRoutesOptions): void {
  const { access, dossier, forms, notify, onFiled, onStatusChanged, logger, understood } = options;

  const openForm = (context: TurnContext, formType: FormType, prefill?: unknown) =>
    asActor(context, options, async (actor) => {
      // Refuse before the user types pupil data into a form they could not file.
      await dossier.assertCanCreate({ actor, recordType: formType });
      return {
        card: renderCard(
          formType === 'aanmeldformulier' ? 'aanmeldformulier' : 'verzuimcoach-verwijzing',
          forms.openForm({ actor, formType, prefill }),
        ),
      };
    });

  // Opened from a message in the user's own words, prefilled with what it said (first name, absence).
  app.message(understood.opens('aanmeldformulier'), async (context) =>
    send(
      context,
      await openForm(context, 'aanmeldformulier', formPrefill('aanmeldformulier', slotsOf(understood, context))),
    ),
  );
  app.message(understood.opens('verwijzing'), async (context) =>
    send(context, await openForm(context, 'verzuimcoach', formPrefill('verzuimcoach', slotsOf(understood, context)))),
  );
  app.message(understood.opens('overzicht'), async (context) =>
    send(context, await asActor(context, options, (actor) => renderOverzicht(dossier, actor))),
  );
  app.message(understood.opens('rollen'), async (context) =>
    send(context, await asActor(context, options, (actor) => renderRoles(access, actor))),
  );

  onCardAction(app, 'form-open', async (context, _state, data) => {
    const parsed = formOpenSchema.safeParse(data);
    if (!parsed.success)
      return { text: 'Ik weet niet welk formulier je wilt openen. Typ "aanmeldformulier" of "verzuimcoach".' };
    const opened = await openForm(context, parsed.data.formType, parsed.data.prefill);
    // Pressed on a card that must stay (a gespreksverslag): the form arrives below it instead of in its place.
    if (parsed.data.asNewMessage && 'card' in opened) {
      await context.sendActivity(cardMessage(opened.card));
      return { text: 'Het formulier staat hieronder; het verslag blijft hierboven staan.' };
    }
    return opened;
  });

  onCardAction(app, 'form-submit', async (context, _state, data) => {
    const formType = (data as { formType?: unknown } | undefined)?.formType;
    if (formType !== 'aanmeldformulier' && formType !== 'verzuimcoach')
      return { text: 'Dit formulier kwam niet goed door. Open het opnieuw met "aanmeldformulier" of "verzuimcoach".' };
    const cardName = formType === 'aanmeldformulier' ? 'aanmeldformulier' : 'verzuimcoach-verwijzing';
    return asActor(
      context,
      options,
      async (actor) => {
        const outcome = await forms.submitForm({ actor, formType, data });
        logger.info(
          {
            event: 'form-submit',
            formType,
            outcome: outcome.kind,
            ...('record' in outcome
              ? { recordId: outcome.record.id, created: 'created' in outcome ? outcome.created : undefined }
              : {}),
          },
          'Form submitted',
        );
        if (outcome.kind === 'filed') {
          // Also when only now confirmed: the press that saved it could not tell, so nobody was notified then.
          // In the background, like the notification: the filing's reply does not wait for the case.
          if ((outcome.created || outcome.confirmedNow) && onFiled) void onFiled({ actor, record: outcome.record });
          if ((outcome.created || outcome.confirmedNow) && notify) {
            void notify({ filer: actor, record: outcome.record }).catch((error: unknown) =>
              logger.warn(
                { event: 'form-notify-failed', recordId: outcome.record.id, ...errorLogFields(error) },
                'Notification failed',
              ),
            );
          }
          return { card: renderCard('form-summary', outcome.view) };
        }
        return { card: renderCard(cardName, outcome.view) };
      },
      unsavedReply,
    );
  });

  onCardAction(app, 'form-view', async (context, _state, data) => {
    const parsed = formViewSchema.safeParse(data);
    if (!parsed.success) return { text: 'Ik weet niet welk formulier je wilt bekijken.' };
    return asActor(context, options, async (actor) => {
      const { record, view } = await forms.viewRecord({ actor, recordId: parsed.data.recordId });
      const draft = forms.resumeDraft({ actor, record });
      if (draft)
        return {
          card: renderCard(
            record.recordType === 'aanmeldformulier' ? 'aanmeldformulier' : 'verzuimcoach-verwijzing',
            draft,
          ),
        };
      return { card: renderCard('form-summary', view) };
    });
  });

  onCardAction(app, 'form-status', async (context, _state, data) => {
    const parsed = formStatusSchema.safeParse(data);
    if (!parsed.success) return { text: 'Deze knop kwam niet goed door. Open het formulier opnieuw via "overzicht".' };
    return asActor(context, options, async (actor) => {
      const outcome = await forms.changeStatus({ actor, ...parsed.data });
      logger.info(
        { event: 'form-status', recordId: parsed.data.recordId, to: parsed.data.to, outcome: outcome.kind },
        'Form status change',
      );
      if (outcome.kind === 'changed' && onStatusChanged) void onStatusChanged({ actor, record: outcome.record });
      return { card: renderCard('form-summary', outcome.view) };
    });
  });

  const overzicht = async (context: TurnContext, data: unknown) => {
    const parsed = overzichtSchema.safeParse(data ?? {});
    const status = parsed.success && parsed.data.status ? parsed.data.status : undefined;
    return asActor(context, options, (actor) => renderOverzicht(dossier, actor, status));
  };
  onCardAction(app, 'overzicht-open', (context, _state, data) => overzicht(context, data));
  onCardAction(app, 'overzicht-filter', (context, _state, data) => overzicht(context, data));

  onCardAction(app, 'role-set', async (context, _state, data) => {
    const parsed = roleSetSchema.safeParse(data);
    return asActor(context, options, async (actor) => {
      if (!parsed.success)
        return renderRoles(access, actor, {
          formErrors: 'Het formulier bevatte velden die ik niet ken. Er is niets gewijzigd.',
        });
      const userId = (parsed.data.userId?.trim() || parsed.data.memberPick?.trim()) ?? '';
      const roles = (parsed.data.roles ?? '')
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean);
      const values = {
        memberPick: parsed.data.memberPick ?? '',
        userId: parsed.data.userId ?? '',
        name: parsed.data.name ?? '',
        roles: parsed.data.roles ?? '',
      };
      if (!userId)
        return renderRoles(access, actor, {
          values,
          errors: { memberPick: 'Kies een collega of vul een object-id in.' },
        });
      const validRoles = roles.filter((role) => roleSchema.safeParse(role).success) as z.infer<typeof roleSchema>[];
      if (validRoles.length !== roles.length)
        return renderRoles(access, actor, { values, errors: { roles: 'Kies alleen rollen uit de lijst.' } });
      const member = await access.setRoles({
        actor,
        userId,
        ...(parsed.data.name?.trim() ? { name: parsed.data.name.trim() } : {}),
        roles: validRoles,
      });
      return renderRoles(access, actor, {
        notice: `Rollen van ${escapeCardMarkdown(member.name)} opgeslagen: ${member.roles.map((role) => roleLabels[role]).join(', ') || 'geen rol'}.`,
        noticeColor: 'Good',
      });
    });
  });
}
