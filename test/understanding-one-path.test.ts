import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createProtocolAssistant } from '../src/assistant/protocol-assistant.js';
import type { AssistantReply } from '../src/assistant/respond.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsMessage } from './helpers/teams-activity.js';
import { startTestBot, type TestBot } from './helpers/test-bot.js';

/** Every message of the blind corpora (tuning and frozen) and of the dev sets: only the texts are read. */
function corpusTexts(): string[] {
  const files = [
    ...readdirSync('test/eval/corpus').map((name) => `test/eval/corpus/${name}`),
    'test/eval/questions.jsonl',
    'test/situations/situations.jsonl',
  ].filter((file) => file.endsWith('.jsonl'));
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const item = JSON.parse(line) as { text?: string; question?: string };
        return item.text ?? item.question ?? '';
      }),
  );
}

/** What `ask` decided, in the terms of what the bot shows for it. */
function askDecision(reply: AssistantReply): string {
  switch (reply.kind) {
    case 'intent':
      // The open actions are one card; whose actions it shows depends on the role ("mijn acties" for a mentor).
      return reply.intent === 'mijn-acties' || reply.intent === 'openstaande-acties'
        ? 'intent:acties'
        : `intent:${reply.intent}`;
    case 'choice':
      return 'choice';
    case 'rule':
      return reply.advice.kind === 'advice' ? 'rule:advice' : 'rule:needs-info';
    case 'knowledge':
    case 'none':
      return 'answer';
  }
}

/** What the bot did, read from the card it sent (its template's own verbs and marks). */
function botDecision(activity: {
  attachments?: { content?: unknown }[];
  channelData?: { feedbackLoopEnabled?: boolean };
  text?: string;
}): string {
  const card = JSON.stringify(activity.attachments?.[0]?.content ?? {});
  if (activity.channelData?.feedbackLoopEnabled) return 'answer';
  if (card.includes('"situation-edit"')) return 'rule:advice';
  if (card.includes('"situation-submit"')) return 'situation-card';
  if (card.includes('"formType":"aanmeldformulier"') && card.includes('"form-submit"'))
    return 'intent:aanmeldformulier';
  if (card.includes('"formType":"verzuimcoach"') && card.includes('"form-submit"')) return 'intent:verwijzing';
  if (card.includes('"guide-prepare"') || card.includes('"guide-resume"')) return 'intent:gespreksleidraad';
  if (card.includes('"onboarding-start"') || card.includes('"onboarding-resume"')) return 'intent:onboarding';
  if (card.includes('de onboarding afgerond')) return 'intent:onboarding-overzicht';
  if (card.includes('"overzicht-filter"')) return 'intent:overzicht';
  if (card.includes('"role-set"')) return 'intent:rollen';
  if (card.includes('Welkom bij Verzuimwijzer')) return 'intent:help';
  if (card.includes('Kies wat je bedoelt')) return 'choice';
  if (card.includes('"Mijn acties"') || card.includes('"Openstaande acties —')) return 'intent:acties';
  return `text:${activity.text ?? ''}`;
}

describe('one understanding for the bot and ask', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  const { assistant } = createProtocolAssistant({ knowledge: loadKnowledgeBase(), config: loadConfig({}) });

  beforeAll(async () => {
    channel = await startLoopbackChannel();
    bot = await startTestBot();
  });
  afterAll(async () => {
    await bot?.close();
    await channel?.close();
  });

  it('should give the same decision in Teams as `ask` for every corpus message', { timeout: 480_000 }, async () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const mismatches: string[] = [];
    const compare = async (text: string) => {
      const asked = askDecision(await assistant.respond(text));
      const conversationId = personalConversationId();
      const response = await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text }));
      expect(response.status).toBe(200);
      const [reply] = await channel.waitForActivities(1, { conversationId });
      const shown = botDecision(reply as never);
      // The empty "Situatie" card is what both "wat nu?" and a situation the rules need more about show.
      const same =
        shown === asked || (shown === 'situation-card' && (asked === 'rule:needs-info' || asked === 'intent:wat-nu'));
      if (!same) mismatches.push(`${asked} ≠ ${shown}`);
    };
    // Six conversations at a time, as several staff would write at once.
    const queue = [...texts];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let text = queue.shift(); text !== undefined; text = queue.shift()) await compare(text);
      }),
    );
    expect(mismatches).toEqual([]);
  });
});
