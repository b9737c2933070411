import { personalConversationId } from '../../test/helpers/teams-activity.js';
import type { FaultFixture } from '../load/fault-fixtures.js';
import { invokeContent, overview, recordStatusChange, recordView } from '../load/form-turns.js';
import type { LoadChannel } from '../load/load-channel.js';
import { postActivity } from '../load/post-activity.js';
import type { ServerProcess } from '../load/processes.js';
import { pause, type Submission } from './fault-run.js';

export type AttemptKind = 'read' | 'change' | 'list';

/** What the other school's users got, added up over the whole run. */
export type IntruderTally = {
  attempts: number;
  refused: number;
  storeErrors: number;
  leaked: number;
  succeeded: number;
  refusedByKind: Record<AttemptKind, number>;
  details: string[];
};

export function emptyIntruderTally(): IntruderTally {
  return {
    attempts: 0,
    refused: 0,
    storeErrors: 0,
    leaked: 0,
    succeeded: 0,
    refusedByKind: { read: 0, change: 0, list: 0 },
    details: [],
  };
}

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

type Conversation = { serviceUrl: string; conversationId: string; from: FaultFixture['intruders'][number] };
type Attempt = { kind: AttemptKind; run: () => Promise<string> };

/** Reading, changing and listing another school's record, each answered with the text the user would see. */
function attemptsOn(bot: ServerProcess, channel: LoadChannel, conversation: Conversation, recordId: string) {
  const noEtag = '"00000000-0000-0000-0000-000000000000"';
  const attempts: Attempt[] = [
    {
      kind: 'read',
      run: async () => invokeContent((await postActivity(bot.url, recordView(conversation, recordId))).body),
    },
    {
      kind: 'change',
      run: async () =>
        invokeContent((await postActivity(bot.url, recordStatusChange(conversation, recordId, noEtag))).body),
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
  return attempts;
}

async function tallyAttempt(attempt: Attempt, tally: IntruderTally, leaks: (content: string) => boolean) {
  tally.attempts += 1;
  let content: string;
  try {
    content = await attempt.run();
  } catch (error) {
    tally.storeErrors += 1;
    tally.details.push(`${attempt.kind}: ${(error as Error).message}`);
    return;
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

/** One user of another school reads, changes and lists the load school's records until the load is done. */
export async function intruderLoop(options: {
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
    for (const attempt of attemptsOn(bot, channel, conversation, target.recordId))
      await tallyAttempt(attempt, tally, leaks);
    await pause(20);
  }
}
