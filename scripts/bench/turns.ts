/**
 * Turn benchmark: N concurrent conversations through `POST /api/messages`, against the bot (its own
 * process, `bot/index.ts` as `npm start` runs it) on the embedded Cosmos DB–protocol server (its own
 * process too, standing in for Cosmos DB), and with the same driver against a bare botbuilder echo bot.
 *
 * Latency of a turn: POST → the bot's reply arriving at the loopback channel. RSS: the bot process's own
 * (peak, from /proc), so neither the store nor the load generator is counted in it.
 *
 * Run: `npx tsx scripts/bench/turns.ts [--conversations 20] [--turns 40] [--tsx]`, or through `npm run bench`.
 */
import { randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { loadEvalQuestions } from '../../test/eval/evaluate.js';
import { personalConversationId, teamsMessage } from '../../test/helpers/teams-activity.js';
import { looksLikeSituation } from '../../src/rules/looks-like-situation.js';
import { buildBot, deployedNodeArguments } from '../load/build-bot.js';
import { pupilFor } from '../load/fault-fixtures.js';
import {
  aanmeldformulierData,
  classifySubmitReply,
  dutchToday,
  formSubmit,
  invokeContent,
} from '../load/form-turns.js';
import { startLoadChannel, type ChannelReply, type LoadChannel } from '../load/load-channel.js';
import { cpuTimeMs, startServerProcess, startStoreProcess, watchResidentSet } from '../load/processes.js';
import { runLoad, type LoadTurn, type TurnSample } from '../load/run-load.js';
import { formatSummary, summarize, type LoadSummary } from '../load/summarize.js';
import { loadUser } from '../load/teams-users.js';

export type TurnBenchmarkOptions = {
  /** Concurrent conversations. @default 20 */
  readonly conversations?: number;
  /** Measured turns per conversation (after warm-up turns). @default 40 */
  readonly turnsPerConversation?: number;
  /**
   * `built`: the bot compiled as `npm run build` does and run by plain node, as it is deployed
   * (`npm run start:built`, the App Service). `tsx`: `bot/index.ts` through tsx, as `npm start` runs it.
   * @default 'built'
   */
  readonly runtime?: 'built' | 'tsx';
  readonly print?: (line: string) => void;
};

type TurnContextInfo = {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly conversationIndex: number;
  readonly turnIndex: number;
};

type Workload = {
  readonly kind: string;
  readonly turn: (context: TurnContextInfo) => LoadTurn;
  /**
   * Held to the issue's targets: "the bot's question and 'wat nu?' turns at least half of the echo bot's
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

/** Checks the reply as it arrived (text and card): the driver's own cost should be as small for the bot as for the echo bot. */
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

const allWorkloads: readonly Workload[] = [
  { kind: 'question', turn: messageTurn('question', questions, intended), targets: true },
  { kind: 'wat-nu', turn: messageTurn('wat-nu', situations, intended), targets: true },
  { kind: 'form-submit', turn: formSubmitTurn, targets: false },
];

const echoWorkload: Workload = {
  kind: 'echo',
  turn: messageTurn('echo', questions, ({ body }) =>
    String(body.text).startsWith('Echo:') ? undefined : 'not an echo',
  ),
  targets: false,
};

type Measured = LoadSummary & { readonly firstError?: string; readonly cpuPerTurn: CpuPerTurn };

/** CPU time per measured turn, in ms, by process: the bot under test, the store, and this driver with its loopback channel. */
type CpuPerTurn = {
  readonly bot: number;
  readonly store: number;
  readonly driver: number;
  readonly storeRequests: number;
};

function driverCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One workload against one bot: its conversations, and the samples and wall time of its measured rounds. */
class Phase {
  readonly ids: string[];
  readonly samples: TurnSample[] = [];
  wallMs = 0;
  readonly cpuMs = { bot: 0, store: 0, driver: 0 };
  storeRequests = 0;
  constructor(
    readonly workload: Workload,
    readonly botUrl: string,
    readonly channel: LoadChannel,
    readonly conversations: number,
    readonly pids: { readonly bot: number; readonly store: number },
    readonly storeRequestCount: () => Promise<number>,
  ) {
    this.ids = Array.from({ length: conversations }, () => personalConversationId());
  }

  async run(turns: number, record: boolean): Promise<void> {
    const requestsBefore = await this.storeRequestCount();
    const cpuBefore = { bot: cpuTimeMs(this.pids.bot), store: cpuTimeMs(this.pids.store), driver: driverCpuMs() };
    const result = await runLoad({
      botUrl: this.botUrl,
      channel: this.channel,
      conversations: this.conversations,
      turnsPerConversation: turns,
      conversationId: (index) => this.ids[index]!,
      nextTurn: (context) => this.workload.turn({ ...context, serviceUrl: this.channel.serviceUrl }),
    });
    if (!record) return;
    this.samples.push(...result.samples);
    this.wallMs += result.wallMs;
    this.cpuMs.bot += cpuTimeMs(this.pids.bot) - cpuBefore.bot;
    this.cpuMs.store += cpuTimeMs(this.pids.store) - cpuBefore.store;
    this.cpuMs.driver += driverCpuMs() - cpuBefore.driver;
    this.storeRequests += (await this.storeRequestCount()) - requestsBefore;
  }

  summary(): Measured {
    const firstError = this.samples.find((sample) => sample.error);
    const turns = Math.max(1, this.samples.length);
    const cpuPerTurn = {
      bot: this.cpuMs.bot / turns,
      store: this.cpuMs.store / turns,
      driver: this.cpuMs.driver / turns,
      storeRequests: this.storeRequests / turns,
    };
    return {
      ...summarize(this.workload.kind, this.samples, this.wallMs),
      cpuPerTurn,
      ...(firstError ? { firstError: firstError.error } : {}),
    };
  }
}

/** Runs the benchmark and prints its figures; resolves false when a target is missed. */
export async function runTurnBenchmark({
  conversations = 20,
  turnsPerConversation = 40,
  runtime = 'built',
  print = console.log,
}: TurnBenchmarkOptions = {}): Promise<boolean> {
  print(
    `Turn benchmark: ${conversations} concurrent conversations, ${turnsPerConversation} measured turns each; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; load average before the run ${loadavg()[0]!.toFixed(1)}`,
  );
  const channel = await startLoadChannel();
  const store = await startStoreProcess();
  const entry = runtime === 'built' ? buildBot() : 'bot/index.ts';
  const nodeArguments = [
    ...(runtime === 'built' ? deployedNodeArguments() : []),
    ...(process.env.BENCH_BOT_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
  ];
  print(
    `bot process: node ${nodeArguments.join(' ')} ${runtime === 'built' ? 'dist/load-build/bot/index.js (compiled as npm run build does, with the flags of npm run start:built)' : '--import tsx bot/index.ts (as npm start)'}; store: embedded Cosmos DB–protocol server in its own process`,
  );
  // Anonymous local mode (no Bot Framework credentials): production refuses to start without them.
  const bot = await startServerProcess({
    entry,
    env: {
      PORT: '0',
      COSMOS_ENDPOINT: store.endpoint,
      COSMOS_KEY: store.key,
      COSMOS_DATABASE: 'bench',
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
    },
    nodeArguments,
  });
  const echo = await startServerProcess({
    entry: 'scripts/bench/echo-bot.ts',
    env: { PORT: '0' },
    nodeArguments: process.env.BENCH_ECHO_NODE_ARGS?.split(' ').filter(Boolean) ?? [],
  });
  const warmupTurns = 5;
  const rounds = 4;
  try {
    const idleRss = watchResidentSet(bot.pid).current();
    const botRss = watchResidentSet(bot.pid);
    const only = process.env.BENCH_ONLY?.split(',');
    const workloads = allWorkloads.filter((workload) => !only || only.includes(workload.kind));
    const storeRequestCount = async () => (await store.command('counts')).forwarded;
    const echoPhase = new Phase(
      echoWorkload,
      echo.url,
      channel,
      conversations,
      { bot: echo.pid, store: store.pid },
      storeRequestCount,
    );
    const phases = workloads.map(
      (workload) =>
        new Phase(workload, bot.url, channel, conversations, { bot: bot.pid, store: store.pid }, storeRequestCount),
    );
    for (const phase of [echoPhase, ...phases]) await phase.run(warmupTurns, false);
    // Rounds alternate between the echo bot and the bot's workloads, so that other work on the machine
    // weighs on both sides of the ratio alike.
    const perRound = Math.max(1, Math.ceil(turnsPerConversation / rounds));
    for (let round = 0; round < rounds; round += 1) {
      for (const phase of [echoPhase, ...phases]) await phase.run(perRound, true);
    }
    botRss.stop();
    const rssAfter = [`${botRss.current().toFixed(0)} MB after the run`];
    const echoSummary = echoPhase.summary();
    const summaries = phases.map((phase) => phase.summary());
    const echoRss = watchResidentSet(echo.pid);
    echoRss.stop();

    const cpu = ({ cpuPerTurn }: Measured) =>
      `  CPU per turn: bot ${cpuPerTurn.bot.toFixed(2)} ms, store ${cpuPerTurn.store.toFixed(2)} ms, driver ${cpuPerTurn.driver.toFixed(2)} ms; store requests per turn ${cpuPerTurn.storeRequests.toFixed(1)}`;
    print(formatSummary(echoSummary) + `  (echo bot, RSS ${echoRss.current().toFixed(0)} MB)`);
    print(cpu(echoSummary));
    let ok = true;
    for (const summary of summaries) {
      const ratio = summary.turnsPerSecond / echoSummary.turnsPerSecond;
      const targets = allWorkloads.find((workload) => workload.kind === summary.kind)?.targets ?? false;
      const fine = (!targets || (ratio >= 0.5 && summary.p95 < 100)) && summary.errors === 0;
      ok &&= fine;
      const target = targets ? 'ratio ≥ 0.50, p95 < 100 ms, no errors' : 'no errors; no speed target';
      print(
        `${formatSummary(summary)}  ratio to echo ${ratio.toFixed(2)}  ${fine ? (targets ? 'ok' : 'ok (no errors; no speed target)') : `MISSED (target: ${target})`}`,
      );
      print(cpu(summary));
      if (summary.firstError) print(`  first error: ${summary.firstError}`);
    }
    const peak = botRss.peak();
    const rssFine = peak < 250;
    ok &&= rssFine;
    print(
      `bot RSS peak ${peak.toFixed(0)} MB (target < 250 MB) ${rssFine ? 'ok' : 'MISSED'}; idle before the run ${idleRss.toFixed(0)} MB, ${rssAfter.join(', ')}; store process RSS ${watchResidentSet(store.pid).current().toFixed(0)} MB (not counted)`,
    );
    return ok;
  } finally {
    await Promise.all([bot.close(), echo.close()]);
    await store.close();
    await channel.close();
  }
}

function argument(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runTurnBenchmark({
    conversations: argument('conversations'),
    turnsPerConversation: argument('turns'),
    runtime: process.argv.includes('--tsx') ? 'tsx' : 'built',
  })
    .then((ok) => process.exit(ok ? 0 : 1))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
