import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactQuestion } from '../../src/answers/redaction.js';
import { loadVocabulary } from '../../src/answers/vocabulary.js';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { offeredSectionIds, startOpenAIStubServer, type OpenAIStubServer } from '../fakes/openai-stub-server.js';
import { startLoopbackChannel, type LoopbackChannel } from '../helpers/loopback-channel.js';
import { personalConversationId, teamsMessage } from '../helpers/teams-activity.js';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';

/** Teams refuses a message whose card is larger than this. */
const teamsCardLimitBytes = 28 * 1024;
const question = 'Wie mag opschalen naar het doorbraakoverleg?';

/** Issue 17, attempt 5: generated answers with links, 60,000 characters or made-up ids are never shown. */
describe('generated answers are checked before they are shown', () => {
  let stub: OpenAIStubServer;
  let channel: LoopbackChannel;
  let bot: TestBot;
  beforeAll(async () => {
    stub = await startOpenAIStubServer();
    channel = await startLoopbackChannel();
    bot = await startTestBot({ env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: stub.baseURL } });
  });
  afterAll(async () => {
    await bot?.close();
    await channel?.close();
    await stub?.close();
  });

  const ask = async () => {
    const conversationId = personalConversationId();
    await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: question }));
    const [reply] = await channel.waitForActivities(1, { conversationId });
    return reply!;
  };

  it.each([
    [
      'a link',
      (ids: string[]) => ({
        answer: 'Lees [het dossier](https://evil.example/phish) voor de opschaling.',
        sectionIds: ids.slice(0, 1),
      }),
    ],
    [
      'a bare URL',
      (ids: string[]) => ({
        answer: 'Zie https://evil.example/phish voor de opschaling.',
        sectionIds: ids.slice(0, 1),
      }),
    ],
    [
      'an image',
      (ids: string[]) => ({
        answer: 'De casusverantwoordelijke schaalt op. ![x](https://evil.example/pixel.png)',
        sectionIds: ids.slice(0, 1),
      }),
    ],
    [
      '60,000 characters',
      (ids: string[]) => ({
        answer: 'De casusverantwoordelijke schaalt op. '.repeat(1600),
        sectionIds: ids.slice(0, 1),
      }),
    ],
    [
      'a made-up section id',
      (ids: string[]) => ({
        answer: 'De casusverantwoordelijke schaalt op.',
        sectionIds: [ids[0]!, 'verzonnen/sectie'],
      }),
    ],
    ['no section id', () => ({ answer: 'De casusverantwoordelijke schaalt op.', sectionIds: [] })],
  ])('should send the extractive answer instead of one with %s', async (_label, reply) => {
    stub.respond((request) => ({ content: JSON.stringify(reply(offeredSectionIds(request))) }));
    const activity = await ask();
    const json = JSON.stringify(activity.attachments[0].content);
    expect(json).not.toContain('AI-gegenereerd');
    expect(json).not.toContain('evil.example');
    expect(json).toContain('Bron');
    expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThan(teamsCardLimitBytes);
  });

  it('should still show a checked generated answer', async () => {
    stub.respond((request) => ({
      content: JSON.stringify({
        answer: 'De casusverantwoordelijke mag opschalen.',
        sectionIds: offeredSectionIds(request).slice(0, 1),
      }),
    }));
    expect(JSON.stringify((await ask()).attachments[0].content)).toContain('AI-gegenereerd');
  });
});

describe('redaction by position', () => {
  const options = { knowledge: loadKnowledgeBase(), vocabulary: loadVocabulary() };
  const redact = (text: string) => redactQuestion(text, options);
  const protocolWords = new Set<string>([
    ...[...options.knowledge.sections.values()].flatMap(
      (section) => `${section.title} ${section.body}`.toLowerCase().match(/\p{L}+/gu) ?? [],
    ),
    ...options.vocabulary.groups
      .flatMap((group) => [group.canonical, ...group.terms])
      .flatMap((term) => term.toLowerCase().split(/\s+/)),
  ]);
  const containsWord = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(text);

  it('should take out "leerling van 14" and lower-case names that are Dutch words', () => {
    expect(redact('een leerling van 14 spijbelt, wat nu?')).toBe('een leerling van [leeftijd] spijbelt, wat nu?');
    expect(redact('ben is 9 keer te laat gekomen')).toBe('[naam] is 9 keer te laat gekomen');
    expect(redact('mag heeft 3 dagen verzuimd')).toBe('[naam] heeft 3 dagen verzuimd');
    expect(redact('mijn leerling wil komt niet opdagen')).toBe('mijn leerling [naam] komt niet opdagen');
    expect(redact('sanne is 14, wat nu?')).toBe('[naam] is [leeftijd], wat nu?');
  });

  it('should keep protocol questions whole', () => {
    for (const text of [
      'wat is thuiszitten?',
      'hoe laat is het spreekuur',
      'leerling ziek gemeld, wat nu?',
      'mijn leerling wil niet naar school',
      '16 uur in 4 weken',
    ])
      expect(redact(text)).toBe(text);
  });

  it('should never let a lower-case name in a name position through (property)', () => {
    // Names that are Dutch words too. Not "bo": that is the protocol's own term (basisonderwijs) and stays.
    const dutchWordNames = fc.constantFrom(
      'ben',
      'wil',
      'mag',
      'roos',
      'noor',
      'jade',
      'storm',
      'fleur',
      'daan',
      'sanne',
      'kees',
      'bram',
      'tijn',
      'lotte',
      'sem',
      'liv',
      'mees',
    );
    // Made-up names, except strings that happen to be a word of the knowledge base or its vocabulary, or a Dutch
    // pronoun (a closed class: "jij is 9 keer te laat gekomen" names nobody).
    const pronouns = new Set([
      ...'ik jij je u hij zij ze wij we jullie mij me jou hem haar ons hen hun zich'.split(' '),
      ...'mijn jouw zijn onze uw die dat deze dit men wie wat'.split(' '),
    ]);
    const madeUpNames = fc
      .stringMatching(/^[bdfgjklmnprstvz][aeiou][a-z]{1,5}$/)
      .filter((name) => !protocolWords.has(name) && !pronouns.has(name));
    const names = fc.oneof(dutchWordNames, madeUpNames);
    const templates = fc.constantFrom(
      (name: string) => `${name} is 9 keer te laat gekomen, wat nu?`,
      (name: string) => `${name} heeft 3 dagen verzuimd`,
      (name: string) => `hoi, ${name} (14) spijbelt`,
      (name: string) => `mijn leerling ${name} komt niet opdagen`,
      (name: string) => `wat moet ik doen? ${name} blijft thuis`,
      (name: string) => `de leerling ${name} wordt vaak ziek gemeld`,
      (name: string) => `ik denk dat ${name} spijbelt`,
    );
    fc.assert(
      fc.property(names, templates, (name, template) => {
        const redacted = redact(template(name));
        expect(containsWord(redacted, name), redacted).toBe(false);
        expect(redacted).not.toMatch(/\(14\)/);
      }),
      { numRuns: 300 },
    );
  });
});
