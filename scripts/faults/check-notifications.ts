import { performance } from 'node:perf_hooks';
import { recordIdFor } from '../../src/dossier/dossier-record.js';
import { pause, seconds, type FaultRun } from './fault-run.js';
import type { RecordsAfter } from './press-again.js';

const recordIdPattern = /aanmeldformulier-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * The oco hears of every filed form once: also those filed during the outage (notifications are retried in
 * the background, so wait for them once the store is back) and those saved while the reply said "niet
 * bevestigd" (told on the press that confirms them).
 */
export async function checkOcoNotified(run: FaultRun, { submissionIds }: RecordsAfter): Promise<void> {
  const { channel, ocoConversation, lines, failures } = run;
  const expectedNotifications = submissionIds.size;
  const filedRecordIds = new Set(
    [...submissionIds].map((submissionId) => recordIdFor('aanmeldformulier', submissionId)),
  );
  // Which records the oco's messages showed (a summary card carries its record id in its actions).
  const notifiedRecords = () =>
    new Set(channel.replies(ocoConversation).flatMap((reply) => JSON.stringify(reply).match(recordIdPattern) ?? []));
  const notified = () => [...notifiedRecords()].filter((id) => filedRecordIds.has(id)).length;
  const notifiedAtRecovery = notified();
  const waitStarted = performance.now();
  while (notified() < expectedNotifications && performance.now() - waitStarted < 60_000) await pause(250);
  const messages = channel.replies(ocoConversation).length - 1;
  lines.push(
    `oco notified of ${notified()} of the ${expectedNotifications} filed forms, in ${messages} messages` +
      ` (${notifiedAtRecovery} when the store was back and the forms pressed again, the rest after` +
      ` ${seconds(performance.now() - waitStarted)} s more of background retries)`,
  );
  if (notified() < expectedNotifications)
    failures.push(`${expectedNotifications - notified()} notifications to the oco lost after retries`);
}
