import { MessageFactory, CardFactory } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { renderCard, type AdaptiveCardJson } from '../cards/render-card.js';
import { userKey } from '../src/access/role-directory.js';
import { describeDueRule, formatDay, type CaseAction, type SchoolCalendars } from '../src/cases/index.js';
import type { AuditTrail } from '../src/dossier/audit-trail.js';
import { escapeCardMarkdown } from '../src/forms/card-text.js';
import type { Logger } from '../src/logging/logger.js';
import type { ActionReminderMessage, DigestMessage, ReminderDelivery } from '../src/reminders/index.js';
import type { ConversationReferences } from './notifications.js';

const titles: Readonly<Record<ActionReminderMessage['kind'], (firstName: string) => string>> = {
  due: (firstName) => `Vandaag uiterlijk — ${firstName}`,
  overdue: (firstName) => `Te laat — ${firstName}`,
  snooze: (firstName) => `Herinnering — ${firstName}`,
};

/**
 * A reminder as a card: the pupil's first name only (the preview Teams shows on a lock screen), what,
 * the due date with how it was counted, and Gedaan / Open het dossier / Nog niet.
 */
export function renderReminderCard({ kind, pupilFirstName, caseId, action, calendars, schoolId, notice = '' }: { readonly kind: ActionReminderMessage['kind']; readonly pupilFirstName: string; readonly caseId: string; readonly action: CaseAction; readonly calendars: SchoolCalendars; readonly schoolId: string; readonly notice?: string }): AdaptiveCardJson {
  const calendar = calendars.calendarFor(schoolId);
  const firstName = escapeCardMarkdown(pupilFirstName);
  return renderCard('action-reminder', {
    title: titles[kind](firstName),
    color: kind === 'overdue' ? 'Attention' : 'Default',
    what: action.what,
    due: `${formatDay(action.dueDay)} (${describeDueRule(action.dueRule)}; ${calendar.id === action.calendarId ? calendar.label : 'gerekend met de kalender van toen'})`,
    deadline: action.deadlineText,
    source: action.sourceLabel,
    notice,
    open: action.status === 'open' && notice === '',
    doneData: { verb: 'action-done', caseId, actionId: action.id, from: 'reminder' },
    snoozeData: { verb: 'reminder-snooze', caseId, actionId: action.id, from: 'reminder' },
  });
}

/** Items shown in a digest; the rest is counted, and the overview has them all. */
const digestItems = 10;

/** The oco's daily digest: the school's overdue oco actions, first names only, and a button to the overview. */
export function renderDigestCard({ items }: Pick<DigestMessage, 'items'>): AdaptiveCardJson {
  return renderCard('action-digest', {
    title: `Te laat: ${items.length} ${items.length === 1 ? 'actie' : 'acties'} van de oco`,
    intro: 'Deze acties zijn over hun datum en staan nog open:',
    items: items.slice(0, digestItems).map(({ pupilFirstName, action }) => ({ text: `${escapeCardMarkdown(pupilFirstName)} — ${action.what} (was ${formatDay(action.dueDay)})` })),
    more: items.length > digestItems ? `En nog ${items.length - digestItems}: zie de openstaande acties.` : '',
  });
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
export function createReminderDelivery({ adapter, botAppId, references, audit, calendars, logger }: ReminderDeliveryOptions): ReminderDelivery {
  return async (message) => {
    const reference = await references.find(message.recipientUserId);
    if (!reference) return 'noReference';
    // The message shows part of the case: no message without its audit line (fixed id: a retry writes it once).
    const caseIds = message.kind === 'digest' ? [...new Set(message.items.map((item) => item.caseId))] : [message.caseId];
    await audit.append({ id: `reminder-${userKey(message.reminderId)}`, schoolId: message.schoolId, userId: message.recipientUserId, action: 'record-read', outcome: 'allowed', reason: 'reminder', recordType: 'case', ...(caseIds.length === 1 ? { recordId: caseIds[0] } : { recordIds: caseIds, count: caseIds.length }) });
    const card = message.kind === 'digest' ? renderDigestCard(message) : renderReminderCard({ ...message, calendars });
    await adapter.continueConversationAsync(botAppId, reference, async (context) => {
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      // The notification preview: a first name at most.
      activity.summary = message.kind === 'digest' ? `Te laat: ${message.items.length} ${message.items.length === 1 ? 'actie' : 'acties'} van de oco` : `${titles[message.kind](message.pupilFirstName)}: ${message.action.what}`;
      await context.sendActivity(activity);
    });
    logger.info({ event: 'reminder-deliver', reminderId: message.reminderId, kind: message.kind, caseIds }, 'Sent a reminder');
    return 'sent';
  };
}
