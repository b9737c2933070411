import { randomUUID } from 'node:crypto';
import { loadEvalQuestions } from '../../test/eval/evaluate.js';
import { teamsMessage } from '../../test/helpers/teams-activity.js';
import { looksLikeSituation } from '../../src/rules/looks-like-situation.js';
import { pupilFor } from '../load/fault-fixtures.js';
import {
  aanmeldformulierData,
  classifySubmitReply,
  dutchToday,
  formSubmit,
  invokeContent,
} from '../load/form-turns.js';
import type { ChannelReply } from '../load/load-channel.js';
import type { LoadTurn } from '../load/run-load.js';
import { loadUser } from '../load/teams-users.js';

/** What the turn benchmark sends: protocol questions, "wat nu?" situations and form submits, and the echo. */

export type TurnContextInfo = {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly conversationIndex: number;
  readonly turnIndex: number;
};

export type Workload = {
  readonly kind: string;
  readonly turn: (context: TurnContextInfo) => LoadTurn;
  /**
   * Held to the targets: "the bot's question and 'wat nu?' turns at least half of the echo bot's
   * throughput, p95 under 100 ms at 20 concurrent conversations". Form submits have no target there: they
   * are measured and printed (each is several durable, audited writes; Teams waits up to 15 s for one).
   */
  readonly targets: boolean;
};

/**
 * The protocol questions of the dev set (`test/eval/questions.jsonl`, answerable and not), each asked about
 * 8 times per run: different questions, so the answer's own work is measured and not one cached path.
 * The one the "wat nu?" rules take as a situation is left out (it is a "wat nu?" turn).
 */
const questions = loadEvalQuestions()
  .map(({ question }) => question)
  .filter((question) => !looksLikeSituation(question));

const situations = [
  'wat nu? een leerling is deze maand vier keer te laat gekomen',
  'wat nu? een leerling is vaak ziek gemeld op maandag',
  'wat nu? een leerling is al twee weken niet op school geweest',
  'Sanne (14) is deze maand 5 keer ziek gemeld',
  'Leerling van 15 heeft 12 uur gespijbeld',
  'Daan is 4 keer te laat gekomen deze week',
];

const apology = 'er ging iets mis';
const fallback = 'Dat begrijp ik niet helemaal';

/**
 * Checks the reply as it arrived (text and card): the driver's own cost should be as small for the bot as for the echo
 * bot.
 */
const intended = ({ raw }: ChannelReply) => {
  if (raw.includes(apology)) return 'apology';
  if (raw.includes(fallback)) return 'fallback (not routed to the feature)';
  return undefined;
};

function messageTurn(kind: string, texts: readonly string[], check: (reply: ChannelReply) => string | undefined) {
  return ({ serviceUrl, conversationId, conversationIndex, turnIndex }: TurnContextInfo): LoadTurn => ({
    kind,
    completion: 'reply',
    activity: teamsMessage({
      serviceUrl,
      conversationId,
      from: loadUser(conversationIndex),
      text: texts[(turnIndex + conversationIndex) % texts.length]!,
      id: `${kind}-${randomUUID()}`,
    }),
    check: ({ reply }) => (reply ? check(reply) : 'no reply'),
  });
}

/** A filled-in aanmeldformulier pressed (Action.Execute): done when the invoke answers with the summary card. */
function formSubmitTurn({ serviceUrl, conversationId, conversationIndex, turnIndex }: TurnContextInfo): LoadTurn {
  const pupil = pupilFor(conversationIndex * 1000 + turnIndex);
  return {
    kind: 'form-submit',
    completion: 'invoke',
    activity: formSubmit(
      { serviceUrl, conversationId, from: loadUser(conversationIndex) },
      aanmeldformulierData(pupil, randomUUID(), dutchToday()),
    ),
    check: ({ body }) =>
      classifySubmitReply(invokeContent(body)) === 'filed'
        ? undefined
        : `not filed: ${invokeContent(body).slice(0, 120)}`,
  };
}

export const allWorkloads: readonly Workload[] = [
  { kind: 'question', turn: messageTurn('question', questions, intended), targets: true },
  { kind: 'wat-nu', turn: messageTurn('wat-nu', situations, intended), targets: true },
  { kind: 'form-submit', turn: formSubmitTurn, targets: false },
];

export const echoWorkload: Workload = {
  kind: 'echo',
  turn: messageTurn('echo', questions, ({ body }) =>
    String(body.text).startsWith('Echo:') ? undefined : 'not an echo',
  ),
  targets: false,
};
