import { MessageFactory, CardFactory } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { renderCard, type AdaptiveCardJson } from '../cards/render-card.js';
import type { Actor } from '../src/access/actor.js';
import { userKey, type RoleDirectory } from '../src/access/role-directory.js';
import { firstNameOf, type SchoolCalendars } from '../src/cases/index.js';
import type { AuditTrail } from '../src/dossier/audit-trail.js';
import type { DossierService } from '../src/dossier/dossier-service.js';
import type { Logger } from '../src/logging/logger.js';
import type { DigestMessage, LapseSources, LapseWarningMessage, ReminderDelivery } from '../src/reminders/index.js';
import {
  digestCardView,
  lapseTitle,
  lapseWarningCardView,
  reminderCardView,
  reminderTitle,
  type ReminderCardInput,
} from '../src/cases/reminder-view.js';
import type { ConversationReferences } from './notifications.js';

/** A reminder as a card: its view (`src/cases/reminder-view.ts`) with `cards/action-reminder.json`. */
export function renderReminderCard(input: ReminderCardInput): AdaptiveCardJson {
  return renderCard('action-reminder', reminderCardView(input));
}

/** The oco's daily digest as a card. */
export function renderDigestCard({ items }: Pick<DigestMessage, 'items'>): AdaptiveCardJson {
  return renderCard('action-digest', digestCardView({ items }));
}

/** The oco's warning before open records and verslagen lapse, as a card. */
export function renderLapseWarningCard({ items }: Pick<LapseWarningMessage, 'items'>): AdaptiveCardJson {
  return renderCard('record-lapse', lapseWarningCardView({ items }));
}

/**
 * The pupil's first name of a record: forms hold it in `content.values.pupilName`, verslagen in
 * `content.pupilName`; empty when absent.
 */
function firstNameOfRecord(content: Record<string, unknown>): string {
  const values = content.values;
  const name =
    typeof content.pupilName === 'string'
      ? content.pupilName
      : values !== null &&
          typeof values === 'object' &&
          typeof (values as Record<string, unknown>).pupilName === 'string'
        ? ((values as Record<string, unknown>).pupilName as string)
        : '';
  return firstNameOf(name);
}

/**
 * Where the lapse warnings read: the school's ocos from the directory, and their records through the
 * dossier's access rules (as that oco) and audit.
 */
export function createLapseSources({
  directory,
  dossier,
}: {
  readonly directory: Pick<RoleDirectory, 'listMembers' | 'getSchool'>;
  readonly dossier: Pick<DossierService, 'listLapsing'>;
}): LapseSources {
  return {
    listRecipients: async (schoolId) =>
      (await directory.listMembers(schoolId))
        .filter((member) => member.schoolId === schoolId && member.roles.includes('oco'))
        .map((member) => member.userId),
    listLapsing: async ({ schoolId, recipientUserId, before }) => {
      const member = (await directory.listMembers(schoolId)).find(
        (candidate) => candidate.userId === recipientUserId && candidate.schoolId === schoolId,
      );
      const school = await directory.getSchool(schoolId);
      if (!member || !school) return [];
      const actor: Actor = {
        userId: member.userId,
        name: member.name,
        schoolId,
        schoolName: school.name,
        roles: member.roles,
        demo: false,
      };
      const records = await dossier.listLapsing({ actor, before });
      return records.flatMap((record) =>
        record.retainUntil
          ? [
              {
                recordId: record.id,
                recordType: record.recordType,
                pupilFirstName: firstNameOfRecord(record.content),
                retainUntil: record.retainUntil,
              },
            ]
          : [],
      );
    },
  };
}

export type ReminderDeliveryOptions = {
  readonly adapter: TeamsAdapter;
  readonly botAppId: string;
  readonly references: ConversationReferences;
  readonly audit: AuditTrail;
  readonly calendars: SchoolCalendars;
  readonly logger: Logger;
};

/** Sends a reminder as a proactive message in the recipient's personal chat, audited like a read of the case. */
export function createReminderDelivery({
  adapter,
  botAppId,
  references,
  audit,
  calendars,
  logger,
}: ReminderDeliveryOptions): ReminderDelivery {
  return async (message) => {
    const reference = await references.find(message.recipientUserId);
    if (!reference) return 'noReference';
    // The message shows part of the case: no message without its audit line (fixed id: a retry writes it once).
    if (message.kind === 'lapse-warning') {
      const recordIds = message.items.map((item) => item.recordId);
      await audit.append({
        id: `reminder-${userKey(message.reminderId)}`,
        schoolId: message.schoolId,
        userId: message.recipientUserId,
        action: 'record-read',
        outcome: 'allowed',
        reason: 'lapseWarning',
        ...(recordIds.length === 1 ? { recordId: recordIds[0] } : { recordIds, count: recordIds.length }),
      });
      await adapter.continueConversationAsync(botAppId, reference, async (context) => {
        const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderLapseWarningCard(message)));
        // The notification preview: no names at all.
        activity.summary = lapseTitle(message.items.length);
        await context.sendActivity(activity);
      });
      logger.info(
        { event: 'reminder-deliver', reminderId: message.reminderId, kind: message.kind, recordIds },
        'Sent a lapse warning',
      );
      return 'sent';
    }
    const caseIds =
      message.kind === 'digest' ? [...new Set(message.items.map((item) => item.caseId))] : [message.caseId];
    await audit.append({
      id: `reminder-${userKey(message.reminderId)}`,
      schoolId: message.schoolId,
      userId: message.recipientUserId,
      action: 'record-read',
      outcome: 'allowed',
      reason: 'reminder',
      recordType: 'case',
      ...(caseIds.length === 1 ? { recordId: caseIds[0] } : { recordIds: caseIds, count: caseIds.length }),
    });
    const card = message.kind === 'digest' ? renderDigestCard(message) : renderReminderCard({ ...message, calendars });
    await adapter.continueConversationAsync(botAppId, reference, async (context) => {
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      // The notification preview: a first name at most.
      activity.summary =
        message.kind === 'digest'
          ? `Te laat: ${message.items.length} ${message.items.length === 1 ? 'actie' : 'acties'} van de oco`
          : `${reminderTitle(message.kind, message.pupilFirstName)}: ${message.action.what}`;
      await context.sendActivity(activity);
    });
    logger.info(
      { event: 'reminder-deliver', reminderId: message.reminderId, kind: message.kind, caseIds },
      'Sent a reminder',
    );
    return 'sent';
  };
}
