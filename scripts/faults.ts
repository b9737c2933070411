/**
 * `npm run test:faults`: the load-and-fault test. 50 conversations file 200 aanmeldformulieren at once,
 * against the bot in its own process, on the embedded Cosmos DB–protocol server behind a fault proxy:
 *
 * - `outage`: the store goes away a quarter of the way in and comes back a few seconds later;
 * - `throttle`: the store answers 429 to a share of all requests for the whole run.
 *
 * Meanwhile users of another school try to read, list and change the forms. Afterwards the outcome of
 * every submission is counted against what Cosmos DB holds — a record saved once, or an honest "niet
 * opgeslagen" with the data kept — and the bot's log is searched for every pupil name and birth date.
 * Exits non-zero when anything does not add up.
 *
 * Run: `npm run test:faults` or `npx tsx scripts/faults.ts [outage|throttle]`.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Agent } from 'node:https';
import { CosmosClient, type FeedOptions, type SqlQuerySpec } from '@azure/cosmos';
import { personalConversationId, teamsInstall } from '../test/helpers/teams-activity.js';
import { recordIdFor } from '../src/dossier/dossier-record.js';
import {
  loadSchool,
  otherSchool,
  pupilFor,
  sensitiveStrings,
  writeFaultFixture,
  type FaultFixture,
  type Pupil,
} from './load/fault-fixtures.js';
import {
  aanmeldformulierData,
  classifySubmitReply,
  dutchToday,
  formSubmit,
  invokeContent,
  overview,
  recordStatusChange,
  recordView,
  type SubmitReply,
} from './load/form-turns.js';
import { startLoadChannel, type LoadChannel } from './load/load-channel.js';
import { postActivity } from './load/post-activity.js';
import { startServerProcess, startStoreProcess, type ServerProcess, type StoreProcess } from './load/processes.js';
import { runLoad } from './load/run-load.js';

type Scenario = 'outage' | 'throttle';

const conversations = 50;
const formsPerConversation = 4;
const outageAfterSubmissions = 50;
/** Longer than the store retries last (withStoreRetry and the SDK's own), so some submissions do fail. */
const outageMs = 8000;
const throttleShare = 0.3;

type Submission = {
  readonly index: number;
  readonly pupil: Pupil;
  readonly submissionId: string;
  readonly recordId: string;
  reply?: SubmitReply;
  /** The reply kept the data: the card came back with the pupil's name and birth date in it. */
  dataKept?: boolean;
  status?: number;
  error?: string;
  /** When the turn ran (performance.now()), to tell whether the store was down meanwhile. */
  startedAt?: number;
  endedAt?: number;
  /** After the run, an "unsaved" submission is pressed again, as the notice asks. */
  retryReply?: SubmitReply;
};

type AttemptKind = 'read' | 'change' | 'list';
type IntruderTally = {
  attempts: number;
  refused: number;
  storeErrors: number;
  leaked: number;
  succeeded: number;
  refusedByKind: Record<AttemptKind, number>;
  details: string[];
};

type ScenarioReport = { readonly scenario: Scenario; readonly failures: string[]; readonly lines: string[] };

const refusalMarkers = [
  'andere school',
  'niet gevonden',
  'niet vinden',
  'bestaat niet',
  'helaas niet',
  'mag je',
  'Geen formulieren',
  'geen formulieren',
  'nog niets',
];

function isRefusal(content: string): boolean {
  return refusalMarkers.some((marker) => content.includes(marker));
}

function isStoreError(content: string): boolean {
  return /niet bereikbaar|probeer het (later |straks )?(nog eens|opnieuw)|er ging iets mis/i.test(content);
}

async function intruderLoop(options: {
  bot: ServerProcess;
  channel: LoadChannel;
  fixture: FaultFixture;
  submissions: readonly Submission[];
  running: () => boolean;
  tally: IntruderTally;
  who: number;
}) {
  const { bot, channel, fixture, submissions, tally } = options;
  const conversationIds = fixture.intruders.map(() => personalConversationId());
  const pupilNames = submissions.map((submission) => submission.pupil.name);
  const leaks = (content: string) => pupilNames.some((name) => content.includes(name));
  let round = 0;
  while (options.running()) {
    round += 1;
    const who = options.who;
    const conversation = {
      serviceUrl: channel.serviceUrl,
      conversationId: conversationIds[who]!,
      from: fixture.intruders[who]!,
    };
    const target = submissions[(round * 37 + who * 101) % submissions.length]!;
    const attempts: { kind: AttemptKind; run: () => Promise<string> }[] = [
      {
        kind: 'read',
        run: async () => invokeContent((await postActivity(bot.url, recordView(conversation, target.recordId))).body),
      },
      {
        kind: 'change',
        run: async () =>
          invokeContent(
            (
              await postActivity(
                bot.url,
                recordStatusChange(conversation, target.recordId, '"00000000-0000-0000-0000-000000000000"'),
              )
            ).body,
          ),
      },
      {
        kind: 'list',
        run: async () => {
          const reply = channel.nextReply(conversation.conversationId, 20_000);
          await postActivity(bot.url, overview(conversation));
          const { body } = await reply;
          return `${body.text ?? ''} ${JSON.stringify(body.attachments ?? [])}`;
        },
      },
    ];
    for (const attempt of attempts) {
      tally.attempts += 1;
      let content: string;
      try {
        content = await attempt.run();
      } catch (error) {
        tally.storeErrors += 1;
        tally.details.push(`${attempt.kind}: ${(error as Error).message}`);
        continue;
      }
      if (leaks(content)) {
        tally.leaked += 1;
        tally.details.push(`${attempt.kind}: LEAKED a pupil name`);
      } else if (isRefusal(content)) {
        tally.refused += 1;
        tally.refusedByKind[attempt.kind] += 1;
      } else if (isStoreError(content)) tally.storeErrors += 1;
      else {
        tally.succeeded += 1;
        if (tally.details.length < 5)
          tally.details.push(`${attempt.kind}: neither refused nor failed: ${content.slice(0, 200)}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A query inside one school's partition. The condition on `schoolId` is spelled out because the embedded
 * server ignores the partition key of a query and would answer from every partition.
 */
function inSchool(
  query: string,
  schoolId: string,
  parameters: { name: string; value: string }[] = [],
): [SqlQuerySpec, FeedOptions] {
  return [
    {
      query: `${query} AND c.schoolId = @schoolId`,
      parameters: [...parameters, { name: '@schoolId', value: schoolId }],
    },
    { partitionKey: schoolId },
  ];
}

function cosmosClient(store: StoreProcess): CosmosClient {
  return new CosmosClient({
    endpoint: store.endpoint,
    key: store.key,
    agent: new Agent({ rejectUnauthorized: false, keepAlive: true }),
    connectionPolicy: { enableEndpointDiscovery: false },
  });
}

async function runScenario(scenario: Scenario, fixture: FaultFixture): Promise<ScenarioReport> {
  const failures: string[] = [];
  const lines: string[] = [];
  const database = `faults-${scenario}`;
  const channel = await startLoadChannel();
  const store = await startStoreProcess({ faultProxy: true });
  const bot = await startServerProcess({
    entry: 'bot/index.ts',
    env: {
      PORT: '0',
      COSMOS_ENDPOINT: store.endpoint,
      COSMOS_KEY: store.key,
      COSMOS_DATABASE: database,
      ROLES_FILE: fixture.rolesFile,
      LOCAL_ALLOW_ROLES_FILE: 'true',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
    },
    keepOutput: true,
  });
  const started = performance.now();
  try {
    // The oco talks to the bot first, so it can tell her when a form is filed.
    const ocoConversation = personalConversationId();
    const ocoReply = channel.nextReply(ocoConversation, 20_000);
    await postActivity(
      bot.url,
      teamsInstall({ serviceUrl: channel.serviceUrl, conversationId: ocoConversation, from: fixture.oco }),
    );
    await ocoReply.catch(() => undefined);

    const today = dutchToday();
    const submissions: Submission[] = Array.from({ length: conversations * formsPerConversation }, (_, index) => {
      const submissionId = randomUUID();
      return { index, pupil: pupilFor(index), submissionId, recordId: recordIdFor('aanmeldformulier', submissionId) };
    });
    const conversationIds = Array.from({ length: conversations }, () => personalConversationId());

    if (scenario === 'throttle') await store.command('throttle', throttleShare);
    let completed = 0;
    let outage: Promise<void> | undefined;
    const outageWindow = { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY };
    /** The store was stopped at some moment of the turn: it may really have been unable to say. */
    const storeDownDuring = (submission: Submission) =>
      submission.startedAt !== undefined &&
      submission.endedAt !== undefined &&
      submission.startedAt < outageWindow.to &&
      submission.endedAt > outageWindow.from;
    let loadRunning = true;
    const tally: IntruderTally = {
      attempts: 0,
      refused: 0,
      storeErrors: 0,
      leaked: 0,
      succeeded: 0,
      refusedByKind: { read: 0, change: 0, list: 0 },
      details: [],
    };
    const intruders = Promise.all(
      fixture.intruders.map((_, who) =>
        intruderLoop({ bot, channel, fixture, submissions, running: () => loadRunning, tally, who }),
      ),
    );

    const load = await runLoad({
      botUrl: bot.url,
      channel,
      conversations,
      turnsPerConversation: formsPerConversation,
      conversationId: (index) => conversationIds[index]!,
      turnTimeoutMs: 60_000,
      nextTurn: ({ conversationId, conversationIndex, turnIndex }) => {
        const submission = submissions[conversationIndex * formsPerConversation + turnIndex]!;
        return {
          kind: `form-submit:${submission.index}`,
          completion: 'invoke',
          activity: formSubmit(
            { serviceUrl: channel.serviceUrl, conversationId, from: fixture.mentors[conversationIndex]! },
            aanmeldformulierData(submission.pupil, submission.submissionId, today),
          ),
        };
      },
      onTurn: (sample) => {
        completed += 1;
        const submission = submissions[Number(sample.kind.split(':')[1])]!;
        submission.status = sample.outcome?.status;
        submission.endedAt = performance.now();
        submission.startedAt = submission.endedAt - sample.latencyMs;
        if (sample.error) submission.error = sample.error;
        const content = invokeContent(sample.outcome?.body);
        submission.reply = sample.outcome && sample.outcome.status === 200 ? classifySubmitReply(content) : 'other';
        // Kept: the card came back with the values in it, or the answer is a message and the card the mentor
        // filled in stays as it was (Teams replaces a card only when the invoke answers with a card).
        const textAnswer = sample.outcome?.body?.type === 'application/vnd.microsoft.activity.message';
        submission.dataKept =
          textAnswer || (content.includes(submission.pupil.name) && content.includes(submission.pupil.birthDate));
        if (scenario === 'outage' && completed === outageAfterSubmissions && !outage) {
          outage = (async () => {
            outageWindow.from = performance.now();
            await store.command('stop');
            lines.push(`store stopped after ${completed} submissions, for ${outageMs / 1000} s`);
            await new Promise((resolve) => setTimeout(resolve, outageMs));
            await store.command('start');
            outageWindow.to = performance.now();
          })();
        }
      },
    });
    await outage;
    loadRunning = false;
    await intruders;
    const proxyCounts = await store.command('throttle', 0);
    lines.push(
      `200 submissions in ${(load.wallMs / 1000).toFixed(1)} s; fault proxy: ${proxyCounts.forwarded} requests forwarded, ${proxyCounts.throttled} answered 429, ${proxyCounts.reset} connections reset`,
    );

    // Count, do not assume: what does Cosmos DB hold for each submission?
    const client = cosmosClient(store);
    const dossier = client.database(database).container('dossier');
    const audit = client.database(database).container('audit');
    const { resources: records } = await dossier.items
      .query<{ id: string; submissionId: string; content: { values?: Record<string, string> } }>(
        ...inSchool('SELECT c.id, c.submissionId, c.content FROM c WHERE c.docType = @type', loadSchool.id, [
          { name: '@type', value: 'dossierRecord' },
        ]),
      )
      .fetchAll();
    const recordsBySubmission = new Map<string, number>();
    for (const record of records)
      recordsBySubmission.set(record.submissionId, (recordsBySubmission.get(record.submissionId) ?? 0) + 1);

    const tallyOf = {
      savedOnce: 0,
      honestUnsaved: 0,
      unconfirmedSaved: 0,
      unconfirmedUnsaved: 0,
      unconfirmedWhileUp: 0,
      unconfirmedDataLost: 0,
      unsavedButSaved: 0,
      unsavedDataLost: 0,
      savedButNoRecord: 0,
      duplicate: 0,
      noOutcome: 0,
    };
    for (const submission of submissions) {
      const count = recordsBySubmission.get(submission.submissionId) ?? 0;
      if (count > 1) {
        tallyOf.duplicate += 1;
        failures.push(`submission ${submission.index}: ${count} records`);
      } else if (submission.reply === 'filed' || submission.reply === 'filed-before') {
        if (count === 1) tallyOf.savedOnce += 1;
        else {
          tallyOf.savedButNoRecord += 1;
          failures.push(`submission ${submission.index}: told saved, but no record`);
        }
      } else if (submission.reply === 'unsaved') {
        if (count === 1) {
          tallyOf.unsavedButSaved += 1;
          failures.push(`submission ${submission.index}: told "niet opgeslagen", but the record was saved`);
        } else if (!submission.dataKept) {
          tallyOf.unsavedDataLost += 1;
          failures.push(`submission ${submission.index}: "niet opgeslagen" without the data kept in the card`);
        } else tallyOf.honestUnsaved += 1;
      } else if (submission.reply === 'unconfirmed') {
        // Honest only when it really could not be known: the store was down during the turn (and the data kept).
        if (!storeDownDuring(submission)) {
          tallyOf.unconfirmedWhileUp += 1;
          failures.push(
            `submission ${submission.index}: "niet bevestigd" while the store was up all through the turn (${count} record(s))`,
          );
        } else if (!submission.dataKept) {
          tallyOf.unconfirmedDataLost += 1;
          failures.push(`submission ${submission.index}: "niet bevestigd" without the data kept in the card`);
        } else if (count === 1) tallyOf.unconfirmedSaved += 1;
        else tallyOf.unconfirmedUnsaved += 1;
      } else {
        tallyOf.noOutcome += 1;
        failures.push(
          `submission ${submission.index}: no honest outcome (HTTP ${submission.status ?? '-'}${submission.error ? `, ${submission.error}` : ''}; ${count} record(s))`,
        );
      }
    }
    lines.push(
      `outcomes: ${tallyOf.savedOnce} saved once, ${tallyOf.honestUnsaved} honest "niet opgeslagen" with the data kept,` +
        ` ${tallyOf.unconfirmedSaved + tallyOf.unconfirmedUnsaved} honest "niet bevestigd" during the outage with the data kept (${tallyOf.unconfirmedSaved} in fact saved, ${tallyOf.unconfirmedUnsaved} not)` +
        ` | wrong: ${tallyOf.unsavedButSaved} told unsaved but saved, ${tallyOf.unconfirmedWhileUp} "niet bevestigd" while the store was up, ${tallyOf.unconfirmedDataLost} "niet bevestigd" without data, ${tallyOf.savedButNoRecord} told saved without record, ${tallyOf.unsavedDataLost} unsaved without data, ${tallyOf.duplicate} duplicated, ${tallyOf.noOutcome} without an outcome`,
    );

    // Of the records told "niet opgeslagen": was the audit line missing too (the write landed, its audit did not)?
    const auditedBefore = new Set(
      (
        await audit.items
          .query<{ recordId: string }>(
            ...inSchool("SELECT c.recordId FROM c WHERE c.action = 'record-create'", loadSchool.id),
          )
          .fetchAll()
      ).resources.map((entry) => entry.recordId),
    );
    const wronglyUnsaved = submissions.filter(
      (submission) => submission.reply === 'unsaved' && recordsBySubmission.has(submission.submissionId),
    );
    if (wronglyUnsaved.length > 0)
      lines.push(
        `  of the ${wronglyUnsaved.length} told unsaved but saved: ${wronglyUnsaved.filter((submission) => !auditedBefore.has(submission.recordId)).length} had no audit line yet (record written, audit append failed or never reached)`,
      );
    const submitLatencies = submissions
      .map((submission) => (submission.endedAt ?? 0) - (submission.startedAt ?? 0))
      .sort((a, b) => a - b);
    const slowest = (filter: (submission: Submission) => boolean) =>
      Math.max(
        0,
        ...submissions.filter(filter).map((submission) => (submission.endedAt ?? 0) - (submission.startedAt ?? 0)),
      );
    lines.push(
      `submit replies: p50 ${(submitLatencies[Math.floor(submitLatencies.length / 2)]! / 1000).toFixed(1)} s, max ${(submitLatencies.at(-1)! / 1000).toFixed(1)} s` +
        ` (slowest "niet opgeslagen" ${(slowest((submission) => submission.reply === 'unsaved') / 1000).toFixed(1)} s, slowest "niet bevestigd" ${(slowest((submission) => submission.reply === 'unconfirmed') / 1000).toFixed(1)} s; Teams allows 15 s)`,
    );

    // The mentor presses again, as the "niet opgeslagen" notice (or the apology) asks: each is then saved once.
    const unsaved = submissions.filter(
      (submission) => submission.reply !== 'filed' && submission.reply !== 'filed-before',
    );
    for (const submission of unsaved) {
      const conversationIndex = Math.floor(submission.index / formsPerConversation);
      const conversation = {
        serviceUrl: channel.serviceUrl,
        conversationId: conversationIds[conversationIndex]!,
        from: fixture.mentors[conversationIndex]!,
      };
      const { status, body } = await postActivity(
        bot.url,
        formSubmit(conversation, aanmeldformulierData(submission.pupil, submission.submissionId, today)),
      );
      submission.retryReply = status === 200 ? classifySubmitReply(invokeContent(body)) : 'other';
    }
    const { resources: after } = await dossier.items
      .query<{ submissionId: string }>(
        ...inSchool('SELECT c.submissionId FROM c WHERE c.docType = @type', loadSchool.id, [
          { name: '@type', value: 'dossierRecord' },
        ]),
      )
      .fetchAll();
    const distinct = new Set(after.map((record) => record.submissionId));
    const retriedFiled = unsaved.filter((submission) => submission.retryReply === 'filed').length;
    // Every "niet bevestigd" resolves, on pressing again, to exactly one record.
    const recordsAfter = new Map<string, number>();
    for (const record of after) recordsAfter.set(record.submissionId, (recordsAfter.get(record.submissionId) ?? 0) + 1);
    const unconfirmed = submissions.filter((submission) => submission.reply === 'unconfirmed');
    const unresolved = unconfirmed.filter(
      (submission) =>
        (submission.retryReply !== 'filed' && submission.retryReply !== 'filed-before') ||
        recordsAfter.get(submission.submissionId) !== 1,
    );
    lines.push(
      `"niet bevestigd" pressed again: ${unconfirmed.length - unresolved.length} of ${unconfirmed.length} resolved to exactly one record`,
    );
    for (const submission of unresolved)
      failures.push(
        `submission ${submission.index}: "niet bevestigd", pressed again → ${submission.retryReply ?? '-'}, ${recordsAfter.get(submission.submissionId) ?? 0} record(s)`,
      );
    lines.push(
      `pressed again: ${unsaved.length} not filed → ${retriedFiled} filed, ${unsaved.filter((submission) => submission.retryReply === 'filed-before').length} "al ingediend"; records now ${after.length} for ${distinct.size} submissions (of ${submissions.length})`,
    );
    if (after.length !== submissions.length || distinct.size !== submissions.length)
      failures.push(
        `after pressing again: ${after.length} records for ${distinct.size} submissions, expected ${submissions.length}`,
      );

    // The oco hears of every filed form once: also those filed during the outage (notifications are retried in
    // the background, so wait for them once the store is back) and those saved while the reply said "niet
    // bevestigd" (told on the press that confirms them).
    const expectedNotifications = distinct.size;
    // Which records the oco's messages showed (a summary card carries its record id in its actions).
    const notifiedRecords = () =>
      new Set(
        channel
          .replies(ocoConversation)
          .flatMap(
            (reply) =>
              JSON.stringify(reply).match(
                /aanmeldformulier-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
              ) ?? [],
          ),
      );
    const notified = () => [...notifiedRecords()].filter((id) => distinctRecordIds.has(id)).length;
    const distinctRecordIds = new Set(
      [...distinct].map((submissionId) => recordIdFor('aanmeldformulier', submissionId)),
    );
    const notifiedAtRecovery = notified();
    const waitStarted = performance.now();
    while (notified() < expectedNotifications && performance.now() - waitStarted < 60_000)
      await new Promise((resolve) => setTimeout(resolve, 250));
    lines.push(
      `oco notified of ${notified()} of the ${expectedNotifications} filed forms, in ${channel.replies(ocoConversation).length - 1} messages (${notifiedAtRecovery} when the store was back and the forms pressed again, the rest after ${((performance.now() - waitStarted) / 1000).toFixed(1)} s more of background retries)`,
    );
    if (notified() < expectedNotifications)
      failures.push(`${expectedNotifications - notified()} notifications to the oco lost after retries`);

    // Every record has its create in the audit trail: the `record-create` line, or at least the
    // `record-create-attempt` line written before the write was sent (when the line after it failed).
    const { resources: creates } = await audit.items
      .query<{ recordId: string; action: string }>(
        ...inSchool(
          "SELECT c.recordId, c.action FROM c WHERE (c.action = 'record-create' OR c.action = 'record-create-attempt') AND c.outcome = 'allowed'",
          loadSchool.id,
        ),
      )
      .fetchAll();
    const createLines = new Set(
      creates.filter((entry) => entry.action === 'record-create').map((entry) => entry.recordId),
    );
    const attemptLines = new Set(
      creates.filter((entry) => entry.action === 'record-create-attempt').map((entry) => entry.recordId),
    );
    const recordIds = after.map((record) => recordIdFor('aanmeldformulier', record.submissionId));
    const onlyAttempt = recordIds.filter((id) => !createLines.has(id) && attemptLines.has(id)).length;
    const unaudited = recordIds.filter((id) => !createLines.has(id) && !attemptLines.has(id)).length;
    lines.push(
      `audit: ${createLines.size} record-create and ${attemptLines.size} record-create-attempt lines for ${after.length} records; ${onlyAttempt} records with only the attempt line, ${unaudited} without either`,
    );
    if (unaudited > 0) failures.push(`${unaudited} records have no record-create (or attempt) audit line`);

    // Access under load: another school's users.
    const { resources: otherAudit } = await audit.items
      .query<{ action: string; outcome: string; recordIds?: string[] }>(
        ...inSchool('SELECT c.action, c.outcome, c.recordIds FROM c WHERE true', otherSchool.id),
      )
      .fetchAll();
    const refusedAudited = (action: string) =>
      otherAudit.filter((entry) => entry.outcome === 'refused' && entry.action === action).length;
    const ourIds = new Set(submissions.map((submission) => submission.recordId));
    const listsShowingOurs = otherAudit.filter(
      (entry) => entry.action === 'record-list' && (entry.recordIds ?? []).some((id) => ourIds.has(id)),
    ).length;
    const allowedOnOurs = otherAudit.filter(
      (entry) =>
        entry.outcome === 'allowed' && (entry.action === 'record-read' || entry.action === 'record-status-change'),
    ).length;
    const { resources: changed } = await dossier.items
      .query<{ id: string }>(
        ...inSchool("SELECT c.id FROM c WHERE c.docType = 'dossierRecord' AND c.status != 'ingediend'", loadSchool.id),
      )
      .fetchAll();
    lines.push(
      `other school: ${tally.attempts} attempts (read, change, list) → ${tally.refused} refused (read ${tally.refusedByKind.read}, change ${tally.refusedByKind.change}, list ${tally.refusedByKind.list}), ${tally.storeErrors} failed on the store, ${tally.succeeded} neither, ${tally.leaked} leaked`,
    );
    lines.push(
      `  audit (other school's partition): ${refusedAudited('record-read')} refused reads, ${refusedAudited('record-status-change')} refused changes, ${otherAudit.filter((entry) => entry.action === 'record-list').length} lists of which ${listsShowingOurs} showed our records; ${changed.length} of our records changed status`,
    );
    for (const detail of tally.details.slice(0, 5)) lines.push(`  ${detail}`);
    if (tally.leaked > 0) failures.push(`${tally.leaked} attempts of another school showed a pupil name`);
    if (tally.succeeded > 0)
      failures.push(`${tally.succeeded} attempts of another school were neither refused nor failed`);
    if (changed.length > 0) failures.push(`${changed.length} records changed status during the run`);
    if (allowedOnOurs > 0 || listsShowingOurs > 0)
      failures.push(
        `the other school's audit shows ${allowedOnOurs} allowed reads/changes and ${listsShowingOurs} lists with our records`,
      );
    if (refusedAudited('record-read') < tally.refusedByKind.read)
      failures.push(
        `${tally.refusedByKind.read} reads refused, but only ${refusedAudited('record-read')} refusals audited`,
      );
    if (refusedAudited('record-status-change') < tally.refusedByKind.change)
      failures.push(
        `${tally.refusedByKind.change} changes refused, but only ${refusedAudited('record-status-change')} refusals audited`,
      );

    // No crash, no unhandled rejection, no pupil data in the log.
    const health = await fetch(`${bot.url}/healthz`)
      .then((response) => response.status)
      .catch(() => 0);
    const log = bot.output();
    if (process.env.FAULTS_LOG_DIR) writeFileSync(join(process.env.FAULTS_LOG_DIR, `bot-${scenario}.log`), log);
    const logLines = log.split('\n').filter(Boolean);
    const unhandled = logLines.filter(
      (line) =>
        line.includes('unhandled-rejection') ||
        line.includes('uncaughtException') ||
        line.includes('UnhandledPromiseRejection'),
    ).length;
    const found = sensitiveStrings(submissions.map((submission) => submission.pupil)).filter((value) =>
      log.includes(value),
    );
    lines.push(
      `bot: ${health === 200 ? 'alive, /healthz 200' : `/healthz ${health}`}; ${logLines.length} log lines, ${unhandled} unhandled rejections, ${found.length} pupil names or birth dates in the log`,
    );
    if (health !== 200) failures.push(`bot not healthy after the run (/healthz ${health})`);
    if (unhandled > 0) failures.push(`${unhandled} unhandled rejections or exceptions in the log`);
    if (found.length > 0)
      failures.push(
        `pupil data in the log: ${found.length} values, e.g. a ${found[0]!.includes('-') ? 'birth date' : 'name'}`,
      );
    client.dispose();
  } catch (error) {
    failures.push(`scenario crashed: ${(error as Error).stack ?? String(error)}`);
  } finally {
    lines.push(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
    await bot.close();
    await store.close();
    await channel.close();
  }
  return { scenario, failures, lines };
}

async function main(): Promise<void> {
  const requested = process.argv
    .slice(2)
    .filter((argument): argument is Scenario => argument === 'outage' || argument === 'throttle');
  const scenarios: Scenario[] = requested.length > 0 ? requested : ['outage', 'throttle'];
  const fixture = writeFaultFixture(conversations);
  let failed = false;
  for (const scenario of scenarios) {
    const title =
      scenario === 'outage'
        ? `store stopped and restarted midway (${outageMs / 1000} s down)`
        : `store answers 429 to ${Math.round(throttleShare * 100)}% of requests`;
    console.log(`\n== ${conversations} conversations file ${conversations * formsPerConversation} forms; ${title}`);
    const report = await runScenario(scenario, fixture);
    for (const line of report.lines) console.log(line);
    if (report.failures.length > 0) {
      failed = true;
      console.log(`FAILED (${report.failures.length}):`);
      for (const failure of report.failures.slice(0, 20)) console.log(`  - ${failure}`);
    } else console.log('passed');
  }
  process.exit(failed ? 1 : 0);
}

process.on('unhandledRejection', (reason) => {
  console.error('unhandled rejection in the fault test itself:', reason);
  process.exit(1);
});

void main();
