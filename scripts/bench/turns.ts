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
import { cpus, loadavg, totalmem } from 'node:os';
import { personalConversationId, teamsMessage } from '../../test/helpers/teams-activity.js';
import { buildBot } from '../load/build-bot.js';
import { startLoadChannel, type LoadChannel } from '../load/load-channel.js';
import { startServerProcess, startStoreProcess, watchResidentSet } from '../load/processes.js';
import { runLoad, type LoadTurn } from '../load/run-load.js';
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

type Workload = {
  readonly kind: string;
  /** The text typed in turn `index` of a conversation. */
  readonly text: (index: number) => string;
  /** Whether the turn's reply is the one intended (not the fallback, not an apology). */
  readonly check: (reply: Record<string, any>) => string | undefined;
};

const questions = [
  'Wanneer moet ik verzuim melden bij de leerplichtambtenaar?',
  'Wat doe ik als een leerling vaak te laat komt?',
  'Hoeveel uur ongeoorloofd verzuim is een melding?',
  'Wat is een thuiszitter?',
  'Wanneer schakel ik de jeugdarts in bij ziekteverzuim?',
  'Wat doet een verzuimcoach?',
];

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

function textOf(reply: Record<string, any>): string {
  return `${reply.text ?? ''} ${reply.attachments ? JSON.stringify(reply.attachments) : ''}`;
}

const intended = (reply: Record<string, any>) => {
  const text = textOf(reply);
  if (text.includes(apology)) return 'apology';
  if (text.includes(fallback)) return 'fallback (not routed to the feature)';
  return undefined;
};

const allWorkloads: readonly Workload[] = [
  { kind: 'question', text: (index) => questions[index % questions.length]!, check: intended },
  { kind: 'wat-nu', text: (index) => situations[index % situations.length]!, check: intended },
];

const echoWorkload: Workload = { kind: 'echo', text: (index) => questions[index % questions.length]!, check: (reply) => (String(reply.text).startsWith('Echo:') ? undefined : 'not an echo') };

type Measured = LoadSummary & { readonly firstError?: string };

async function measure(options: { botUrl: string; channel: LoadChannel; workload: Workload; conversations: number; turns: number; warmupTurns: number }): Promise<Measured> {
  const { botUrl, channel, workload, conversations } = options;
  const ids = Array.from({ length: conversations }, () => personalConversationId());
  const turn = ({ conversationId, conversationIndex, turnIndex }: { conversationId: string; conversationIndex: number; turnIndex: number }): LoadTurn => ({
    kind: workload.kind,
    completion: 'reply',
    activity: teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, from: loadUser(conversationIndex), text: workload.text(turnIndex + conversationIndex), id: `${workload.kind}-${conversationIndex}-${turnIndex}-${Math.random().toString(36).slice(2)}` }),
    check: ({ reply }) => (reply ? workload.check(reply.body) : 'no reply'),
  });
  await runLoad({ botUrl, channel, conversations, turnsPerConversation: options.warmupTurns, conversationId: (index) => ids[index]!, nextTurn: turn });
  const result = await runLoad({ botUrl, channel, conversations, turnsPerConversation: options.turns, conversationId: (index) => ids[index]!, nextTurn: turn });
  const firstError = result.samples.find((sample) => sample.error);
  return { ...summarize(workload.kind, result.samples, result.wallMs), ...(firstError ? { firstError: firstError.error } : {}) };
}

/** Runs the benchmark and prints its figures; resolves false when a target is missed. */
export async function runTurnBenchmark({ conversations = 20, turnsPerConversation = 40, runtime = 'built', print = console.log }: TurnBenchmarkOptions = {}): Promise<boolean> {
  print(`Turn benchmark: ${conversations} concurrent conversations, ${turnsPerConversation} measured turns each; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; load average before the run ${loadavg()[0]!.toFixed(1)}`);
  const channel = await startLoadChannel();
  const store = await startStoreProcess();
  const entry = runtime === 'built' ? buildBot() : 'bot/index.ts';
  print(`bot process: node ${runtime === 'built' ? 'dist/load-build/bot/index.js (compiled as npm run build does)' : '--import tsx bot/index.ts (as npm start)'}; store: embedded Cosmos DB–protocol server in its own process`);
  const bot = await startServerProcess({ entry, env: { PORT: '0', COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key, COSMOS_DATABASE: 'bench', LOG_LEVEL: 'info', }, nodeArguments: process.env.BENCH_BOT_NODE_ARGS?.split(' ').filter(Boolean) ?? [] });
  const echo = await startServerProcess({ entry: 'scripts/bench/echo-bot.ts', env: { PORT: '0' } });
  const warmupTurns = 5;
  try {
    const echoSummary = await measure({ botUrl: echo.url, channel, workload: echoWorkload, conversations, turns: turnsPerConversation, warmupTurns });
    const idleRss = watchResidentSet(bot.pid).current();
    const botRss = watchResidentSet(bot.pid);
    const summaries: Measured[] = [];
    const rssAfter: string[] = [];
    const only = process.env.BENCH_ONLY?.split(',');
    const workloads = allWorkloads.filter((workload) => !only || only.includes(workload.kind));
    for (const workload of workloads) {
      summaries.push(await measure({ botUrl: bot.url, channel, workload, conversations, turns: turnsPerConversation, warmupTurns }));
      rssAfter.push(`${workload.kind} ${botRss.current().toFixed(0)} MB`);
    }
    botRss.stop();
    const echoRss = watchResidentSet(echo.pid);
    echoRss.stop();

    print(formatSummary(echoSummary) + `  (echo bot, RSS ${echoRss.current().toFixed(0)} MB)`);
    let ok = true;
    for (const summary of summaries) {
      const ratio = summary.turnsPerSecond / echoSummary.turnsPerSecond;
      const fine = ratio >= 0.5 && summary.p95 < 100 && summary.errors === 0;
      ok &&= fine;
      print(`${formatSummary(summary)}  ratio to echo ${ratio.toFixed(2)}  ${fine ? 'ok' : 'MISSED (target: ratio ≥ 0.50, p95 < 100 ms, no errors)'}`);
      if (summary.firstError) print(`  first error: ${summary.firstError}`);
    }
    const peak = botRss.peak();
    const rssFine = peak < 250;
    ok &&= rssFine;
    print(`bot RSS peak ${peak.toFixed(0)} MB (target < 250 MB) ${rssFine ? 'ok' : 'MISSED'}; idle before the run ${idleRss.toFixed(0)} MB, after ${rssAfter.join(', ')}; store process RSS ${watchResidentSet(store.pid).current().toFixed(0)} MB (not counted)`);
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
  runTurnBenchmark({ conversations: argument('conversations'), turnsPerConversation: argument('turns'), runtime: process.argv.includes('--tsx') ? 'tsx' : 'built' })
    .then((ok) => process.exit(ok ? 0 : 1))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
