import { performance } from 'node:perf_hooks';
import { aanmeldformulierData, classifySubmitReply, formSubmit, invokeContent } from '../load/form-turns.js';
import { runLoad, type TurnSample } from '../load/run-load.js';
import {
  conversations,
  formsPerConversation,
  outageAfterSubmissions,
  outageMs,
  pause,
  seconds,
  throttleShare,
  type FaultRun,
  type Submission,
} from './fault-run.js';
import { emptyIntruderTally, intruderLoop, type IntruderTally } from './intruders.js';

/** What the filing phase leaves for the checks. */
export type FilingOutcome = {
  readonly tally: IntruderTally;
  /** The store was stopped at some moment of the turn: it may really have been unable to say. */
  readonly storeDownDuring: (submission: Submission) => boolean;
};

/** Notes a submit turn's reply on its submission: status, timing, what the reply said, whether it kept the data. */
function recordTurn(submission: Submission, sample: TurnSample): void {
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
}

/**
 * The mentors file every form at once while the other school's users probe the records; in the `outage`
 * scenario the store is stopped after `outageAfterSubmissions` submissions, in `throttle` it answers 429 throughout.
 */
export async function fileFormsUnderFaults(run: FaultRun): Promise<FilingOutcome> {
  const { scenario, fixture, channel, store, bot, submissions, conversationIds, today, lines } = run;
  if (scenario === 'throttle') await store.command('throttle', throttleShare);
  let completed = 0;
  let outage: Promise<void> | undefined;
  const outageWindow = { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY };
  const storeDownDuring = (submission: Submission) =>
    submission.startedAt !== undefined &&
    submission.endedAt !== undefined &&
    submission.startedAt < outageWindow.to &&
    submission.endedAt > outageWindow.from;
  const stopStoreForAWhile = async () => {
    outageWindow.from = performance.now();
    await store.command('stop');
    lines.push(`store stopped after ${completed} submissions, for ${outageMs / 1000} s`);
    await pause(outageMs);
    await store.command('start');
    outageWindow.to = performance.now();
  };
  let loadRunning = true;
  const tally = emptyIntruderTally();
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
      recordTurn(submissions[Number(sample.kind.split(':')[1])]!, sample);
      if (scenario === 'outage' && completed === outageAfterSubmissions && !outage) outage = stopStoreForAWhile();
    },
  });
  await outage;
  loadRunning = false;
  await intruders;
  const proxyCounts = await store.command('throttle', 0);
  lines.push(
    `200 submissions in ${seconds(load.wallMs)} s; fault proxy: ${proxyCounts.forwarded} requests forwarded, ` +
      `${proxyCounts.throttled} answered 429, ${proxyCounts.reset} connections reset`,
  );
  return { tally, storeDownDuring };
}
