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
import { buildBot, deployedNodeArguments } from '../load/build-bot.js';
import { startLoadChannel } from '../load/load-channel.js';
import { startServerProcess, startStoreProcess, watchResidentSet } from '../load/processes.js';
import { formatSummary } from '../load/summarize.js';
import { Phase, type Measured } from './turn-phase.js';
import { allWorkloads, echoWorkload } from './turn-workloads.js';

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

/** Runs the benchmark and prints its figures; resolves false when a target is missed. */
export async function runTurnBenchmark({
  conversations = 20,
  turnsPerConversation = 40,
  runtime = 'built',
  print = console.log,
}: TurnBenchmarkOptions = {}): Promise<boolean> {
  print(
    `Turn benchmark: ${conversations} concurrent conversations, ${turnsPerConversation} measured turns each; ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ` +
      `${process.version}; load average before the run ${loadavg()[0]!.toFixed(1)}`,
  );
  const channel = await startLoadChannel();
  const store = await startStoreProcess();
  const entry = runtime === 'built' ? buildBot() : 'bot/index.ts';
  const nodeArguments = [
    ...(runtime === 'built' ? deployedNodeArguments() : []),
    ...(process.env.BENCH_BOT_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
  ];
  const botEntry =
    runtime === 'built'
      ? 'dist/load-build/bot/index.js (compiled as npm run build does, with the flags of npm run start:built)'
      : '--import tsx bot/index.ts (as npm start)';
  print(
    `bot process: node ${nodeArguments.join(' ')} ${botEntry}; ` +
      `store: embedded Cosmos DB–protocol server in its own process`,
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
      `  CPU per turn: bot ${cpuPerTurn.bot.toFixed(2)} ms, store ${cpuPerTurn.store.toFixed(2)} ms, driver ` +
      `${cpuPerTurn.driver.toFixed(2)} ms; store requests per turn ${cpuPerTurn.storeRequests.toFixed(1)}`;
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
        `${formatSummary(summary)}  ratio to echo ${ratio.toFixed(2)}  ` +
          `${fine ? (targets ? 'ok' : 'ok (no errors; no speed target)') : `MISSED (target: ${target})`}`,
      );
      print(cpu(summary));
      if (summary.firstError) print(`  first error: ${summary.firstError}`);
    }
    const peak = botRss.peak();
    const rssFine = peak < 250;
    ok &&= rssFine;
    print(
      `bot RSS peak ${peak.toFixed(0)} MB (target < 250 MB) ${rssFine ? 'ok' : 'MISSED'}; idle before the run ` +
        `${idleRss.toFixed(0)} MB, ${rssAfter.join(', ')}; store process RSS ` +
        `${watchResidentSet(store.pid).current().toFixed(0)} MB (not counted)`,
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
