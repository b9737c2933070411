import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnswerService, type AnswerService } from '../src/answers/answer-service.js';
import { createOpenAIAnswerGenerator } from '../src/answers/openai-answer-generator.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { offeredSectionIds, startOpenAIStubServer, type OpenAIStubServer } from './fakes/openai-stub-server.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsMessage } from './helpers/teams-activity.js';
import { startTestBot, type TestBot } from './helpers/test-bot.js';

const knowledge = loadKnowledgeBase();
const question =
  'Wie mag opschalen naar het doorbraakoverleg? ' +
  'Het gaat om Sanne Jansen (14 jaar), 06-12345678, fam.jansen@example.nl, 3 maart 2011.';
const pupilData = ['Sanne', 'Jansen', '14 jaar', '06-12345678', '12345678', 'fam.jansen', '3 maart', '2011'];

describe('generative answers against a loopback OpenAI stub', () => {
  let stub: OpenAIStubServer;
  let fallbacks: string[];
  const service = (timeBudgetMs = 2000): AnswerService =>
    createAnswerService({
      knowledge,
      timeBudgetMs,
      generator: createOpenAIAnswerGenerator({
        client: new OpenAI({ apiKey: 'test-key', baseURL: stub.baseURL, maxRetries: 0 }),
        model: 'gpt-4o-mini',
      }),
      onGeneratorFallback: ({ reason }) => fallbacks.push(reason),
    });

  beforeAll(async () => {
    stub = await startOpenAIStubServer();
  });
  afterAll(async () => {
    await stub.close();
  });
  beforeEach(() => {
    stub.requests.length = 0;
    fallbacks = [];
  });

  it('should write the answer with the model, grounded in the sections, citations mapped to section ids', async () => {
    stub.respond((request) => ({
      content: JSON.stringify({
        answer: 'De casusverantwoordelijke schaalt op.',
        sectionIds: [offeredSectionIds(request)[0]],
      }),
    }));
    const answer = await service().answer(question);
    expect(answer).toMatchObject({ kind: 'knowledge', generated: true });
    expect(answer.answer.startsWith('De casusverantwoordelijke schaalt op.')).toBe(true);
    expect(answer.citations.map((citation) => citation.sectionId)).toEqual([offeredSectionIds(stub.requests[0]!)[0]]);
    const [request] = stub.requests;
    expect(request!.body.temperature).toBe(0);
    expect(request!.body.response_format).toEqual({ type: 'json_object' });
    expect(offeredSectionIds(request!)).toContain('bossche-protocol/bijlage-8/wie-kan-opschalen');
  });

  it('should never send pupil data to the model', async () => {
    stub.respond((request) => ({
      content: JSON.stringify({ answer: 'Zie bijlage 8.', sectionIds: offeredSectionIds(request).slice(0, 1) }),
    }));
    await service().answer(question);
    expect(stub.requests).toHaveLength(1);
    for (const value of pupilData) expect(stub.requests[0]!.raw).not.toContain(value);
    expect(stub.requests[0]!.raw).toContain('doorbraakoverleg');
  });

  it('should send the extractive answer when the model does not answer within the time budget', async () => {
    stub.respond(() => ({ hang: true }));
    const answers = service(300);
    const started = Date.now();
    const answer = await answers.answer(question);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(answer).toMatchObject({ kind: 'knowledge', generated: false });
    expect(answer.answer).toContain('casusverantwoordelijke');
    expect(fallbacks).toEqual(['timeout']);
  });

  it('should send the extractive answer when the model fails', async () => {
    stub.respond(() => ({ status: 500 }));
    const answer = await service().answer(question);
    expect(answer).toMatchObject({ kind: 'knowledge', generated: false });
    expect(fallbacks).toEqual(['error']);
  });

  it('should send the extractive answer when the model answers something other than the JSON asked for', async () => {
    stub.respond(() => ({ content: 'Gewoon wat tekst.' }));
    expect(await service().answer(question)).toMatchObject({ kind: 'knowledge', generated: false });
    expect(fallbacks).toEqual(['error']);
  });

  it('should refuse when the model says the sections do not answer the question', async () => {
    stub.respond(() => ({ content: JSON.stringify({ refusal: true }) }));
    const answer = await service().answer(question);
    expect(answer.kind).toBe('none');
    expect(answer.answer).toContain('Dat staat niet in het protocol.');
  });

  it('should not ask the model at all when the knowledge base has no answer', async () => {
    stub.respond(() => ({ content: JSON.stringify({ answer: 'Verzonnen.', sectionIds: [] }) }));
    expect((await service().answer('wat is het wifi wachtwoord op school')).kind).toBe('none');
    expect(stub.requests).toHaveLength(0);
  });
});

describe('generative answers in Teams', () => {
  let stub: OpenAIStubServer;
  let channel: LoopbackChannel;
  let bot: TestBot;

  beforeAll(async () => {
    stub = await startOpenAIStubServer();
    channel = await startLoopbackChannel();
    bot = await startTestBot({ env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: stub.baseURL } });
  });
  afterAll(async () => {
    await bot.close();
    await channel.close();
    await stub.close();
  });

  it('should show a typing indicator, mark the answer AI-gegenereerd and keep the sources', async () => {
    stub.respond((request) => ({
      content: JSON.stringify({
        answer: 'De casusverantwoordelijke mag opschalen.',
        sectionIds: offeredSectionIds(request).slice(0, 1),
      }),
    }));
    const conversationId = personalConversationId();
    await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: question }));
    const [reply] = await channel.waitForActivities(1, { conversationId });
    expect(channel.activities(conversationId)[0]!.type).toBe('typing');
    const json = JSON.stringify(reply!.attachments[0].content);
    expect(json).toContain('AI-gegenereerd');
    expect(json).toContain('De casusverantwoordelijke mag opschalen.');
    expect(json).toContain('Bron');
    expect(reply!.entities[0].additionalType).toEqual(['AIGeneratedContent']);
    for (const value of pupilData) expect(stub.requests.map((request) => request.raw).join('')).not.toContain(value);
  });
});
