import { loadSchool } from '../load/fault-fixtures.js';
import { aanmeldformulierData, classifySubmitReply, formSubmit, invokeContent } from '../load/form-turns.js';
import { postActivity } from '../load/post-activity.js';
import { formsPerConversation, type FaultRun, type Submission } from './fault-run.js';
import { countBy, inSchool, type FaultContainers } from './school-queries.js';

/** The records Cosmos DB holds after pressing again, one per submission when all is well. */
export type RecordsAfter = {
  readonly records: readonly { submissionId: string }[];
  readonly submissionIds: ReadonlySet<string>;
};

const isFiled = (reply: Submission['reply']) => reply === 'filed' || reply === 'filed-before';

/**
 * The mentor presses again, as the "niet opgeslagen" notice (or the apology) asks: each is then saved once,
 * and every "niet bevestigd" resolves to exactly one record.
 */
export async function pressUnsavedAgain(run: FaultRun, { dossier }: FaultContainers): Promise<RecordsAfter> {
  const { bot, channel, fixture, submissions, conversationIds, today, lines, failures } = run;
  const unsaved = submissions.filter((submission) => !isFiled(submission.reply));
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
  const recordsAfter = countBy(after, (record) => record.submissionId);
  const unconfirmed = submissions.filter((submission) => submission.reply === 'unconfirmed');
  const unresolved = unconfirmed.filter(
    (submission) => !isFiled(submission.retryReply) || recordsAfter.get(submission.submissionId) !== 1,
  );
  lines.push(
    `"niet bevestigd" pressed again: ${unconfirmed.length - unresolved.length} of ${unconfirmed.length}` +
      ' resolved to exactly one record',
  );
  for (const submission of unresolved)
    failures.push(
      `submission ${submission.index}: "niet bevestigd", pressed again → ${submission.retryReply ?? '-'}, ` +
        `${recordsAfter.get(submission.submissionId) ?? 0} record(s)`,
    );
  const filedBefore = unsaved.filter((submission) => submission.retryReply === 'filed-before').length;
  lines.push(
    `pressed again: ${unsaved.length} not filed → ${retriedFiled} filed, ${filedBefore} "al ingediend"; ` +
      `records now ${after.length} for ${distinct.size} submissions (of ${submissions.length})`,
  );
  if (after.length !== submissions.length || distinct.size !== submissions.length)
    failures.push(
      `after pressing again: ${after.length} records for ${distinct.size} submissions, expected ${submissions.length}`,
    );
  return { records: after, submissionIds: distinct };
}
