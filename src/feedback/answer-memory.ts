import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { toStoreError } from '../storage/store-errors.js';
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
};

/** How long an answer is remembered: feedback comes within minutes, or not at all. */
export const answerRetentionDays = 30;

function documentId({ conversationId, messageId }: SentMessage): string {
  // Hashed: Teams conversation ids can be longer than Cosmos ids allow.
  return createHash('sha256').update(`${conversationId}\u0000${messageId}`).digest('hex');
}

/** Answers in the Cosmos DB `answers` container (partition key `/id`), each kept {@link answerRetentionDays} days. */
export function createCosmosAnswerMemory(container: Container): AnswerMemory {
  return {
    remember: async (message, answered) => {
      const id = documentId(message);
      await withStoreRetry(() => container.items.upsert({ id, ...answeredQuestionSchema.parse(answered), ttl: answerRetentionDays * 86_400 }));
    },
    recall: async (message) => {
      const id = documentId(message);
      try {
        const { resource } = await withStoreRetry(() => container.item(id, id).read());
        const parsed = answeredQuestionSchema.safeParse(resource);
        return parsed.success ? parsed.data : undefined;
      } catch (error) {
        if (toStoreError(error).reason === 'notFound') return undefined;
        throw error;
      }
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
  };
}
