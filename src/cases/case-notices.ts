import type { CaseAction } from './case-record.js';
import { formatDay } from './due-dates.js';
import type { IsoDay } from './school-calendar.js';

/**
 * The one-line notices on the open-actions and reminder cards after a button was pressed: what was done,
 * in Dutch, so the user sees the press took effect.
 */

/** After "Zet deze stappen klaar": what was put on the case, or that it was there already. */
export function planNotice(added: readonly Pick<CaseAction, 'what' | 'dueDay'>[]): string {
  if (added.length === 0) return 'Deze stappen stonden al klaar; er is niets dubbel gezet.';
  const listed = added.map((action) => `${action.what} (uiterlijk ${formatDay(action.dueDay)})`).join('; ');
  return `Klaargezet: ${listed}. Wie een actie heeft, krijgt op de ochtend dat die verloopt een herinnering.`;
}

/** After "Gedaan": on the overview (with what was closed) or on the reminder. */
export function doneNotice(action: Pick<CaseAction, 'what'>, { already, onReminder }: DoneNoticeOptions): string {
  if (already) return 'Deze actie was al afgevinkt.';
  return onReminder ? 'Gedaan — afgevinkt.' : `Afgevinkt: ${action.what}.`;
}

type DoneNoticeOptions = { readonly already: boolean; readonly onReminder: boolean };

/** After "herinner me over 2 dagen". */
export function snoozeNotice(day: IsoDay): string {
  return `Ik herinner je op ${formatDay(day)} opnieuw.`;
}
