import { createHash } from 'node:crypto';
import type { Container, OperationInput } from '@azure/cosmos';
import { z } from 'zod';
import { withStoreRetry } from '../storage/store-retry.js';

/** What the bot remembers about an answer it sent, to attach feedback to it later. */
export const answeredQuestionSchema = z.object({
  /** Already redacted when it was remembered. */
  question: z.string(),
  sectionIds: z.array(z.string()),
  answerKind: z.enum(['knowledge', 'none', 'rule']),
  generated: z.boolean(),
});
export type AnsweredQuestion = z.infer<typeof answeredQuestionSchema>;

/** A message the bot sent: Teams' 👍/👎 names it by conversation and message id (`replyToId`). */
export type SentMessage = { readonly conversationId: string; readonly messageId: string };

/**
 * The answers the bot sent, by message, so that a 👍/👎 that arrives later (Teams sends only the
 * reaction and the message id) can say which question and sections it was about.
 */
export type AnswerMemory = {
  readonly remember: (message: SentMessage, answered: AnsweredQuestion) => Promise<void>;
  readonly recall: (message: SentMessage) => Promise<AnsweredQuestion | undefined>;
  /** Writes what is still waiting (at shutdown). */
  readonly close: () => Promise<void>;
};

/** How long an answer is remembered: feedback comes within minutes, or not at all. */
export const answerRetentionDays = 30;

function documentId({ conversationId, messageId }: SentMessage): string {
  // Hashed: Teams conversation ids can be longer than Cosmos ids allow.
  return createHash('sha256').update(`${conversationId}\u0000${messageId}`).digest('hex');
}

type AnswerDocument = AnsweredQuestion & { readonly id: string; readonly day: string; readonly ttl: number };

export type CosmosAnswerMemoryOptions = {
  /** How long an answer waits to be written with the ones that follow it. @default 250 */
  readonly flushAfterMs?: number;
  /** Answers kept waiting while the store is unreachable; beyond this the oldest are dropped. @default 2000 */
  readonly maxWaiting?: number;
  /** Told when a write failed or answers were dropped (counts only). */
  readonly onWriteError?: (event: {
    readonly waiting: number;
    readonly dropped: number;
    readonly error: unknown;
  }) => void;
  readonly now?: () => Date;
};

/** Cosmos DB allows at most 100 operations in one transactional batch. */
const maxBatch = 100;

/**
 * Answers in the Cosmos DB `answers` container, partitioned by day (`/day`), each kept
 * {@link answerRetentionDays} days. Every question is answered, few get a 👍/👎: answers are written
 * behind, gathered for {@link CosmosAnswerMemoryOptions.flushAfterMs} and written as one batch per day,
 * so a busy bot makes one store request for many answers instead of one each. An answer not yet
 * written is recalled from memory. If the process dies in that quarter second, the feedback on those
 * answers cannot be matched (it is logged as unmatched); nothing else depends on them.
 */
export function createCosmosAnswerMemory(
  container: Container,
  { flushAfterMs = 250, maxWaiting = 2000, onWriteError, now = () => new Date() }: CosmosAnswerMemoryOptions = {},
): AnswerMemory {
  const waiting = new Map<string, AnswerDocument>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();

  const writeBatch = async (documents: readonly AnswerDocument[]) => {
    const operations: OperationInput[] = documents.map((document) => ({
      operationType: 'Upsert',
      partitionKey: document.day,
      resourceBody: { ...document },
    }));
    const response = await withStoreRetry(() => container.items.batch(operations, documents[0]!.day));
    if (response.code !== undefined && (response.code < 200 || response.code > 299))
      throw new Error(`answer batch answered ${response.code}`);
  };

  const flushNow = async () => {
    timer = undefined;
    const documents = [...waiting.values()];
    const byDay = new Map<string, AnswerDocument[]>();
    for (const document of documents) byDay.set(document.day, [...(byDay.get(document.day) ?? []), document]);
    for (const group of byDay.values()) {
      for (let start = 0; start < group.length; start += maxBatch) {
        const chunk = group.slice(start, start + maxBatch);
        try {
          await writeBatch(chunk);
          // Written: forget them, unless a newer answer for the same message arrived meanwhile.
          for (const document of chunk) if (waiting.get(document.id) === document) waiting.delete(document.id);
        } catch (error) {
          // Kept for the next flush; the oldest go when too many wait (the store has been away long).
          let dropped = 0;
          for (const id of waiting.keys()) {
            if (waiting.size <= maxWaiting) break;
            waiting.delete(id);
            dropped += 1;
          }
          onWriteError?.({ waiting: waiting.size, dropped, error });
          schedule();
          return;
        }
      }
    }
  };

  const flush = () => (flushing = flushing.then(flushNow).catch(() => undefined));
  const schedule = () => {
    timer ??= setTimeout(() => void flush(), flushAfterMs);
    timer.unref();
  };

  return {
    remember: async (message, answered) => {
      const at = now();
      const document: AnswerDocument = {
        id: documentId(message),
        day: at.toISOString().slice(0, 10),
        ...answeredQuestionSchema.parse(answered),
        ttl: answerRetentionDays * 86_400,
      };
      waiting.delete(document.id);
      waiting.set(document.id, document);
      if (waiting.size >= maxBatch) void flush();
      else schedule();
    },
    recall: async (message) => {
      const id = documentId(message);
      const pending = waiting.get(id);
      if (pending) return answeredQuestionSchema.parse(pending);
      // Feedback is rare: one query across the day partitions instead of guessing the day.
      const { resources } = await withStoreRetry(() =>
        container.items
          .query({ query: 'SELECT * FROM c WHERE c.id = @id', parameters: [{ name: '@id', value: id }] })
          .fetchAll(),
      );
      const parsed = answeredQuestionSchema.safeParse(resources[0]);
      return parsed.success ? parsed.data : undefined;
    },
    close: async () => {
      clearTimeout(timer);
      timer = undefined;
      await flush();
    },
  };
}

/** Answers in memory, for tests. */
export function createMemoryAnswerMemory(): AnswerMemory {
  const answers = new Map<string, AnsweredQuestion>();
  return {
    remember: async (message, answered) => {
      answers.set(documentId(message), answeredQuestionSchema.parse(answered));
    },
    recall: async (message) => answers.get(documentId(message)),
    close: async () => undefined,
  };
}
