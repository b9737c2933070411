import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCosmosFaultProxy, type CosmosFaultProxy } from '../../test/fakes/cosmos-fault-proxy.js';
import { createSilentLogger } from '../logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../storage/cosmos-connection.js';
import { startEmbeddedCosmosServer, type EmbeddedCosmosServer } from '../storage/embedded-cosmos-server.js';
import { createCosmosAnswerMemory, type AnsweredQuestion } from './answer-memory.js';

const answered = (question: string): AnsweredQuestion => ({
  question,
  sectionIds: ['bossche-protocol/bijlage-1'],
  answerKind: 'knowledge',
  generated: false,
});

describe('answers remembered for 👍/👎 in Cosmos DB', () => {
  let cosmos: EmbeddedCosmosServer;
  let proxy: CosmosFaultProxy;
  let connection: CosmosConnection;

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmosServer();
    proxy = await startCosmosFaultProxy({ upstream: cosmos.endpoint });
    connection = await connectCosmos({
      cosmos: { endpoint: proxy.endpoint, key: 'embedded', database: 'answer-memory' },
      logger: createSilentLogger(),
    });
  });
  afterAll(async () => {
    await connection.close();
    await proxy.close();
    await cosmos.close();
  });

  const stored = async () =>
    (await connection.containers.answers.items.query('SELECT * FROM c').fetchAll()).resources as {
      id: string;
      day: string;
      ttl: number;
      question: string;
    }[];

  it('should write many answers in one store request, and recall them before and after', async () => {
    const memory = createCosmosAnswerMemory(connection.containers.answers, {
      flushAfterMs: 50,
      now: () => new Date('2026-11-27T09:00:00Z'),
    });
    // The SDK reads the container's metadata on its first write; count the writes after that.
    await memory.remember({ conversationId: 'a:1', messageId: 'first' }, answered('eerste'));
    await memory.close();
    const before = proxy.counts().forwarded;
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        memory.remember({ conversationId: 'a:1', messageId: `m${index}` }, answered(`vraag ${index}`)),
      ),
    );
    // Not written yet, but recalled from memory.
    expect(await memory.recall({ conversationId: 'a:1', messageId: 'm7' })).toEqual(answered('vraag 7'));
    expect(proxy.counts().forwarded).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(proxy.counts().forwarded - before).toBe(1);
    const documents = await stored();
    expect(documents.filter((document) => document.question.startsWith('vraag '))).toHaveLength(30);
    expect(documents.map((document) => document.question)).toContain('eerste');
    expect(documents[0]).toMatchObject({ day: '2026-11-27', ttl: 30 * 86_400 });
    // A fresh instance (another App Service instance) finds them in the store.
    const other = createCosmosAnswerMemory(connection.containers.answers);
    expect(await other.recall({ conversationId: 'a:1', messageId: 'm29' })).toEqual(answered('vraag 29'));
    expect(await other.recall({ conversationId: 'b:2', messageId: 'm29' })).toBeUndefined();
  });

  it('should keep answers while the store is down and write them when it is back', async () => {
    const errors: { waiting: number; dropped: number }[] = [];
    const memory = createCosmosAnswerMemory(connection.containers.answers, {
      flushAfterMs: 20,
      onWriteError: ({ waiting, dropped }) => errors.push({ waiting, dropped }),
    });
    await proxy.stop();
    await memory.remember({ conversationId: 'c:3', messageId: 'down' }, answered('tijdens storing'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(errors[0]).toEqual({ waiting: 1, dropped: 0 });
    expect(await memory.recall({ conversationId: 'c:3', messageId: 'down' })).toEqual(answered('tijdens storing'));
    await proxy.start();
    await memory.close();
    expect((await stored()).map((document) => document.question)).toContain('tijdens storing');
  }, 20_000);

  it('should drop the oldest when more wait than it may keep, and say so', async () => {
    const errors: { waiting: number; dropped: number }[] = [];
    const memory = createCosmosAnswerMemory(connection.containers.answers, {
      flushAfterMs: 10,
      maxWaiting: 3,
      onWriteError: ({ waiting, dropped }) => errors.push({ waiting, dropped }),
    });
    await proxy.stop();
    for (const index of [1, 2, 3, 4, 5])
      await memory.remember({ conversationId: 'd:4', messageId: `m${index}` }, answered(`vol ${index}`));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(errors[0]).toEqual({ waiting: 3, dropped: 2 });
    expect(await memory.recall({ conversationId: 'd:4', messageId: 'm5' })).toEqual(answered('vol 5'));
    await proxy.start();
    await memory.close();
    const questions = (await stored()).map((document) => document.question);
    expect(questions).toContain('vol 5');
    expect(questions).not.toContain('vol 1');
  }, 20_000);
});
