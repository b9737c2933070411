import { performance } from 'node:perf_hooks';
import type { ChannelReply, LoadChannel } from './load-channel.js';
import { postActivity } from './post-activity.js';

/** What one turn sends and how it is known to be done. */
export type LoadTurn = {
  /** A label to group figures by: `question`, `wat-nu`, `form-submit`, `echo`. */
  readonly kind: string;
  readonly activity: Record<string, unknown>;
  /**
   * `reply`: done when the bot's reply reaches the channel (messages, `Action.Submit`);
   * `invoke`: done when the HTTP response carries the answer (`Action.Execute`).
   */
  readonly completion: 'reply' | 'invoke';
  /** Returns why the outcome is wrong, or undefined when it is right. */
  readonly check?: (outcome: TurnOutcome) => string | undefined;
};

export type TurnOutcome = { readonly status: number; readonly body: any; readonly reply?: ChannelReply };

export type TurnSample = {
  readonly kind: string;
  readonly conversationId: string;
  readonly latencyMs: number;
  readonly error?: string;
  readonly outcome?: TurnOutcome;
};

export type RunLoadOptions = {
  readonly botUrl: string;
  readonly channel: LoadChannel;
  /** Conversations running at once; each sends its next turn when the previous one is done. */
  readonly conversations: number;
  readonly turnsPerConversation: number;
  readonly conversationId: (index: number) => string;
  readonly nextTurn: (context: {
    readonly conversationId: string;
    readonly conversationIndex: number;
    readonly turnIndex: number;
  }) => LoadTurn | Promise<LoadTurn>;
  /** Called after each turn (the fault test steers the store from here). */
  readonly onTurn?: (sample: TurnSample) => void;
  /** @default 15000 */
  readonly turnTimeoutMs?: number;
};

export type LoadResult = { readonly samples: readonly TurnSample[]; readonly wallMs: number };

async function runTurn(options: RunLoadOptions, conversationId: string, turn: LoadTurn): Promise<TurnSample> {
  const { botUrl, channel, turnTimeoutMs = 15_000 } = options;
  const replyPromise = turn.completion === 'reply' ? channel.nextReply(conversationId, turnTimeoutMs) : undefined;
  replyPromise?.catch(() => undefined);
  const started = performance.now();
  try {
    const { status, body } = await postActivity(botUrl, turn.activity, turnTimeoutMs);
    const httpDone = performance.now();
    if (status < 200 || status > 299) {
      return {
        kind: turn.kind,
        conversationId,
        latencyMs: httpDone - started,
        error: `HTTP ${status}`,
        outcome: { status, body },
      };
    }
    const reply = replyPromise ? await replyPromise : undefined;
    const latencyMs = (reply ? reply.at : httpDone) - started;
    const outcome: TurnOutcome = { status, body, ...(reply ? { reply } : {}) };
    const error = turn.check?.(outcome);
    return { kind: turn.kind, conversationId, latencyMs, outcome, ...(error ? { error } : {}) };
  } catch (error) {
    return { kind: turn.kind, conversationId, latencyMs: performance.now() - started, error: (error as Error).message };
  }
}

/**
 * Drives `conversations` concurrent conversations through the bot's `POST /api/messages`, each a
 * closed loop of `turnsPerConversation` turns, and records each turn's latency: POST → the reply
 * arriving at the loopback channel (or → the invoke response).
 */
export async function runLoad(options: RunLoadOptions): Promise<LoadResult> {
  const samples: TurnSample[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.conversations }, async (_, conversationIndex) => {
      const conversationId = options.conversationId(conversationIndex);
      for (let turnIndex = 0; turnIndex < options.turnsPerConversation; turnIndex += 1) {
        const turn = await options.nextTurn({ conversationId, conversationIndex, turnIndex });
        const sample = await runTurn(options, conversationId, turn);
        samples.push(sample);
        options.onTurn?.(sample);
      }
    }),
  );
  return { samples, wallMs: performance.now() - started };
}
