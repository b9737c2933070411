import { personalConversationId } from '../../test/helpers/teams-activity.js';
import type { LoadChannel } from '../load/load-channel.js';
import { cpuTimeMs } from '../load/processes.js';
import { runLoad, type TurnSample } from '../load/run-load.js';
import { summarize, type LoadSummary } from '../load/summarize.js';
import type { Workload } from './turn-workloads.js';

export type Measured = LoadSummary & { readonly firstError?: string; readonly cpuPerTurn: CpuPerTurn };

/**
 * CPU time per measured turn, in ms, by process: the bot under test, the store, and this driver with its loopback
 * channel.
 */
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
export class Phase {
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
