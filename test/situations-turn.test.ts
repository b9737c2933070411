import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsCardAction, teamsCardSubmit, teamsMessage } from './helpers/teams-activity.js';
import { startTestBot, type TestBot } from './helpers/test-bot.js';

type CardAction = { type: string; title: string; verb?: string; data?: Record<string, unknown> };

describe('"wat nu?" turns over HTTP', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  const logLines: string[] = [];

  beforeAll(async () => {
    channel = await startLoopbackChannel();
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logLines.push(line) } });
    bot = await startTestBot({ logger });
  });
  afterAll(async () => {
    await bot.close();
    await channel.close();
  });

  async function say(text: string) {
    const conversationId = personalConversationId();
    const response = await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text }));
    expect(response.status).toBe(200);
    const [reply] = await channel.waitForActivities(1, { conversationId });
    return { conversationId, card: reply!.attachments[0].content as { body: unknown[]; actions: CardAction[] } };
  }

  it('should answer "Sanne is 9 keer te laat gekomen, wat nu?" with the preventief gesprek and buttons', async () => {
    const { card } = await say('Sanne (14) is deze periode 9 keer te laat gekomen, wat nu?');
    const json = JSON.stringify(card);
    expect(json).toContain('1. Preventief gesprek met leerplicht');
    expect(json).toContain('Bron: Bossche protocol — Bijlage 1, Te laat komen');
    expect(json).toContain('Het protocol is hier niet eenduidig');
    expect(json).not.toContain('${');
    const guide = card.actions.find((action) => action.title === 'Gespreksleidraad starten');
    expect(guide).toMatchObject({
      type: 'Action.Execute',
      verb: 'guide-start',
      data: { verb: 'guide-start', pupilFirstName: 'Sanne', age: 14 },
    });
    expect(card.actions.some((action) => action.title === 'Aanmeldformulier invullen')).toBe(false);
  });

  it('should offer the prefilled aanmeldformulier when a criterion ziekteverzuim holds', async () => {
    const { card } = await say('Daan is in 2 maanden 3 keer een dag ziek gemeld');
    expect(JSON.stringify(card)).toContain('Aanmelden bij de jeugdarts');
    const form = card.actions.find((action) => action.title === 'Aanmeldformulier invullen');
    expect(form).toMatchObject({
      verb: 'form-open',
      data: {
        verb: 'form-open',
        formType: 'aanmeldformulier',
        prefill: { pupilName: 'Daan', reasons: 'drie-keer-in-2-maanden' },
      },
    });
  });

  it('should carry the situation into the aanmeldformulier and the gespreksleidraad from their buttons', async () => {
    const { conversationId, card } = await say('Daan (13) is in 2 maanden 3 keer een dag ziek gemeld');
    const press = async (title: string) => {
      const action = card.actions.find((entry) => entry.title === title)!;
      const response = await bot.post(
        teamsCardAction({ serviceUrl: channel.serviceUrl, conversationId, verb: action.verb!, data: action.data! }),
      );
      expect(response.status).toBe(200);
      return JSON.stringify(response.body);
    };
    const form = await press('Aanmeldformulier invullen');
    expect(form).toContain('Daan');
    expect(form).toContain('drie-keer-in-2-maanden');
    expect(await press('Gespreksleidraad starten')).toContain('Daan');
  });

  it('should offer the verzuimcoach for a pupil who sits at home', async () => {
    const { card } = await say('Jesse zit al 6 weken thuis en het plan van aanpak stagneert door een wachtlijst');
    expect(card.actions.find((action) => action.title === 'Verwijzen naar verzuimcoach')).toMatchObject({
      data: { verb: 'form-open', formType: 'verzuimcoach' },
    });
    expect(JSON.stringify(card)).toContain('doorbraakoverleg');
  });

  it('should ask for what is missing with the Situatie card', async () => {
    const { card } = await say('Daan is 3 keer ziek gemeld, wat nu?');
    const json = JSON.stringify(card);
    expect(json).toContain('Situatie');
    expect(json).toContain('In welke periode is Daan 3 keer ziek gemeld');
    // Number fields are text inputs (empty = unknown): a known count goes back as text.
    expect(json).toMatch(/"id":"sickReports"[^}]*"value":"3"[,}]/);
  });

  it('should open the empty Situatie card on the plain command "wat nu?"', async () => {
    const { card } = await say('wat nu?');
    expect(JSON.stringify(card)).toContain('"verb":"situation-submit"');
    expect(JSON.stringify(card)).toMatch(/"id":"lateCount"[^}]*"value":""[,}]/);
  });

  it('should answer the Situatie card submit (Action.Execute) with the advice card in place', async () => {
    const conversationId = personalConversationId();
    const data = {
      verb: 'situation-submit',
      pupilFirstName: 'Sem',
      age: '13',
      lateCount: '12',
      truancyHours: '',
      preventiveTalkHeld: 'false',
      jeugdartsNoShow: 'false',
    };
    const response = await bot.post(
      teamsCardAction({ serviceUrl: channel.serviceUrl, conversationId, verb: 'situation-submit', data }),
    );
    expect(response.status).toBe(200);
    const json = JSON.stringify(response.body);
    expect(json).toContain('DUO-melding bij leerplicht');
    expect(json).toContain('Wat nu? Sem');
  });

  it('should answer the Situatie card submit (Action.Submit) with the advice card as a message', async () => {
    const conversationId = personalConversationId();
    const response = await bot.post(
      teamsCardSubmit({
        serviceUrl: channel.serviceUrl,
        conversationId,
        data: { verb: 'situation-submit', sickReports: '3', sickPeriodWeeks: '8' },
      }),
    );
    expect(response.status).toBe(200);
    const [reply] = await channel.waitForActivities(1, { conversationId });
    expect(JSON.stringify(reply!.attachments[0].content)).toContain('Aanmelden bij de jeugdarts');
  });

  it('should ask again when the submitted card holds nothing to decide on', async () => {
    const conversationId = personalConversationId();
    const response = await bot.post(
      teamsCardAction({
        serviceUrl: channel.serviceUrl,
        conversationId,
        verb: 'situation-submit',
        data: { verb: 'situation-submit' },
      }),
    );
    expect(JSON.stringify(response.body)).toContain('Wat is er aan de hand');
  });

  it('should leave general protocol questions to the other routes', async () => {
    const { card } = await say('wat is een thuiszitter?').catch(() => ({ card: undefined }));
    expect(JSON.stringify(card ?? '')).not.toContain('situation-submit');
  });

  it('should log step ids, never the pupil name or the message', () => {
    const advised = logLines.filter((line) => line.includes('situation-advise'));
    expect(advised.length).toBeGreaterThan(0);
    expect(advised.join('\n')).toContain('te-laat/preventief-gesprek');
    for (const name of ['Sanne', 'Daan', 'Jesse', 'Sem']) expect(advised.join('\n')).not.toContain(name);
  });
});
