import { z } from 'zod';
import { escapeCardMarkdown } from '../forms/card-text.js';
import type { Logger } from '../logging/logger.js';
import { StoreError } from '../storage/store-errors.js';
import { AccessDeniedError } from './access-errors.js';
import type { AccessService } from './access-service.js';
import type { Actor, Identity } from './actor.js';
import { roleLabels, roleSchema, type Role } from './roles.js';

/** What a role action answers: the data of the `form-roles` card, or a short text. */
export type RoleReply = { readonly card: 'form-roles'; readonly view: object } | { readonly text: string };

export type RoleRequest = { readonly identity: Identity; readonly activityId?: string };

const storeDownReply =
  'De opslag is even niet bereikbaar, dus er is niets opgeslagen of gewijzigd. Probeer het over een minuut opnieuw.';

const roleSetSchema = z
  .object({
    verb: z.literal('role-set').optional(),
    memberPick: z.string().max(200).optional(),
    userId: z.string().max(200).optional(),
    name: z.string().max(200).optional(),
    roles: z.string().max(200).optional(),
  })
  .strict();

type RolesCardExtra = {
  readonly notice?: string;
  readonly noticeColor?: 'Default' | 'Good' | 'Warning' | 'Attention';
  readonly formErrors?: string;
  readonly values?: Record<string, string>;
  readonly errors?: Record<string, string>;
};

const rolesLabel = (roles: readonly Role[]) => roles.map((role) => roleLabels[role]).join(', ') || 'geen rol';

/**
 * A school admin's role management in chat: the school's members and their roles, and changes under the
 * grant rule (`access.setRoles`). Refusals and store failures become polite Dutch replies.
 */
export function createRoleActions({ access, logger }: { readonly access: AccessService; readonly logger: Logger }) {
  const rolesCard = async (actor: Actor, extra: RolesCardExtra = {}): Promise<RoleReply> => {
    const members = await access.listMembers(actor);
    const demoNotice =
      `${actor.schoolName}: hier heeft iedereen alle rollen, dus wat je hier instelt heeft geen effect. ` +
      'Zet ROLES_FILE om echte rollen te gebruiken.';
    return {
      card: 'form-roles',
      view: {
        schoolName: actor.schoolName,
        notice: extra.notice ?? (actor.demo ? demoNotice : ''),
        noticeColor: extra.noticeColor ?? (actor.demo ? 'Warning' : 'Default'),
        formErrors: extra.formErrors ?? '',
        members: members.map((member) => ({
          userId: member.userId,
          name: escapeCardMarkdown(member.name),
          rolesLabel: rolesLabel(member.roles),
        })),
        values: { memberPick: '', userId: '', name: '', roles: '', ...extra.values },
        errors: { memberPick: '', userId: '', name: '', roles: '', ...extra.errors },
      },
    };
  };

  const asActor = async ({ identity, activityId }: RoleRequest, handler: (actor: Actor) => Promise<RoleReply>) => {
    try {
      return await handler(await access.resolveActor(identity));
    } catch (error) {
      if (error instanceof AccessDeniedError) {
        logger.info({ event: 'form-refuse', reason: error.name, activityId }, 'Refused a form action');
        return { text: error.toReply() };
      }
      if (error instanceof StoreError) {
        logger.warn(
          { event: 'form-store-failed', reason: error.reason, activityId },
          'Store failed during a form action',
        );
        return { text: storeDownReply };
      }
      throw error;
    }
  };

  return {
    /** The roles card: the school's members and their roles (school admins only). */
    show: (request: RoleRequest) => asActor(request, (actor) => rolesCard(actor)),

    /** `role-set`: give a colleague these roles, or the card again with what is wrong. */
    set: (request: RoleRequest & { readonly data: unknown }) => {
      const parsed = roleSetSchema.safeParse(request.data);
      return asActor(request, async (actor) => {
        if (!parsed.success)
          return rolesCard(actor, {
            formErrors: 'Het formulier bevatte velden die ik niet ken. Er is niets gewijzigd.',
          });
        const { memberPick = '', userId: typedId = '', name = '', roles: typedRoles = '' } = parsed.data;
        const userId = typedId.trim() || memberPick.trim();
        const roles = typedRoles
          .split(',')
          .map((role) => role.trim())
          .filter(Boolean);
        const values = { memberPick, userId: typedId, name, roles: typedRoles };
        if (!userId)
          return rolesCard(actor, { values, errors: { memberPick: 'Kies een collega of vul een object-id in.' } });
        const validRoles = roles.filter((role): role is Role => roleSchema.safeParse(role).success);
        if (validRoles.length !== roles.length)
          return rolesCard(actor, { values, errors: { roles: 'Kies alleen rollen uit de lijst.' } });
        const member = await access.setRoles({
          actor,
          userId,
          ...(name.trim() ? { name: name.trim() } : {}),
          roles: validRoles,
        });
        return rolesCard(actor, {
          notice: `Rollen van ${escapeCardMarkdown(member.name)} opgeslagen: ${rolesLabel(member.roles)}.`,
          noticeColor: 'Good',
        });
      });
    },
  };
}

export type RoleActions = ReturnType<typeof createRoleActions>;
