import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import type { EmbeddedCosmosServer } from '../src/storage/embedded-cosmos-server.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import {
  mentor,
  personalConversationId,
  teamsCardAction,
  teamsCardSubmit,
  teamsMessage,
  type TeamsUser,
} from './helpers/teams-activity.js';
import { startSharedCosmos, startTestBot, type TestBot } from './helpers/test-bot.js';

type Card = { body: unknown[]; actions?: { verb?: string; title: string; data?: Record<string, any> }[] };

/** Every log line the bots write, to check that no pupil data reaches the log. */
const logLines: string[] = [];
const logger = createLogger({
  level: 'debug',
  destination: new Writable({ write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()) }),
});

function text(card: unknown): string {
  return JSON.stringify(card);
}

function action(card: Card, verb: string) {
  const found = findNested(card, verb);
  if (!found) throw new Error(`no ${verb} action on card: ${JSON.stringify(card).slice(0, 400)}`);
  return found;
}

function findNested(
  node: unknown,
  verb: string,
): { verb?: string; title: string; data?: Record<string, any> } | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findNested(item, verb);
      if (found) return found;
    }
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.verb === verb && typeof record.type === 'string' && record.type.startsWith('Action.'))
      return record as never;
    for (const value of Object.values(record)) {
      const found = findNested(value, verb);
      if (found) return found;
    }
  }
  return undefined;
}

describe('gespreksleidraad over HTTP', () => {
  let cosmos: EmbeddedCosmosServer;
  let channel: LoopbackChannel;
  let bot: TestBot;
  const env = { COSMOS_DATABASE: 'guide-test' };

  beforeAll(async () => {
    cosmos = await startSharedCosmos();
    channel = await startLoopbackChannel();
    bot = await startTestBot({ env, cosmosEndpoint: cosmos.endpoint, logger });
  });
  afterAll(async () => {
    await bot.close();
    await channel.close();
    await cosmos.close();
  });

  /** Presses an Action.Execute button as Teams does; resolves with the card that replaces it, or the text. */
  async function press(
    conversationId: string,
    verb: string,
    data: Record<string, unknown>,
    from: TeamsUser = mentor,
  ): Promise<Card & { text?: string }> {
    const response = await bot.post(
      teamsCardAction({ serviceUrl: channel.serviceUrl, conversationId, verb, data: { verb, ...data }, from }),
    );
    expect(response.status).toBe(200);
    if (response.body.type === 'application/vnd.microsoft.card.adaptive') return response.body.value as Card;
    return { body: [], text: response.body.value as string };
  }

  async function command(conversationId: string, textToSend: string, from: TeamsUser = mentor): Promise<Card> {
    const before = channel.activities(conversationId).length;
    await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: textToSend, from }));
    const replies = await channel.waitForActivities(before + 1, { conversationId });
    return replies.at(-1)!.attachments[0].content as Card;
  }

  const preparation = (guideId: string, overrides: Record<string, unknown> = {}) => ({
    guideId,
    pupilName: 'Sanne',
    age: '13',
    participants: 'leerling-en-ouders',
    parentsInformed: 'false',
    conversationDate: '2026-11-27',
    absenceOverview: 'Vijf ziekmeldingen in oktober',
    concern: 'Vaak ziek op maandag',
    criteria: 'verspreid-over-maand',
    ...overrides,
  });

  it('should walk the guide: start, next, back, note, FAQ, stop; resume after restart; finish saves once', async () => {
    const conversationId = personalConversationId();
    const user: TeamsUser = { id: '29:1-mentor-walk', aadObjectId: 'aad-mentor-walk', name: 'Mentor Jansen' };

    // Start: no open guides, so the preparation card.
    const preparationCard = await command(conversationId, 'gespreksleidraad', user);
    expect(text(preparationCard)).toContain('voorbereiding');
    expect(text(preparationCard)).toContain('Is de leerling onder 12 jaar?');
    expect(text(preparationCard)).toContain('niet eenduidig');
    const guideId = action(preparationCard, 'guide-prepare').data!.guideId as string;

    // Under 12 the pupil is not spoken alone: the card comes back with the protocol's rule.
    const refused = await press(
      conversationId,
      'guide-prepare',
      preparation(guideId, { age: '10', participants: 'leerling' }),
      user,
    );
    expect(text(refused)).toContain('jonger dan 12 jaar');
    expect(text(refused)).toContain('Sanne');

    // Started: step 1 of 8.
    const step1 = await press(conversationId, 'guide-prepare', preparation(guideId), user);
    expect(text(step1)).toContain('Stap 1 van 8');
    expect(text(step1)).toContain('Je verzuim valt me op en baart me zorgen');
    expect(text(step1)).toContain('OEN-houding');
    expect(step1.actions!.map((candidate) => candidate.title)).toEqual([
      'Volgende',
      'Notitie opslaan',
      'Veelgestelde vragen',
      'Stoppen',
    ]);

    // Submitting the same preparation card again starts no second guide.
    const again = await press(conversationId, 'guide-prepare', preparation(guideId), user);
    expect(text(again)).toContain('Stap 1 van 8');

    // Next, with a note kept for step 1.
    const step2 = await press(conversationId, 'guide-next', { guideId, step: 1, note: 'Sanne schrok ervan' }, user);
    expect(text(step2)).toContain('Stap 2 van 8');
    expect(text(step2)).toContain('Wat is er (met je) aan de hand?');
    // Pressing Volgende twice on the same card does not skip a step.
    expect(
      text(await press(conversationId, 'guide-next', { guideId, step: 1, note: 'Sanne schrok ervan' }, user)),
    ).toContain('Stap 2 van 8');

    // Back: step 1 shows its note.
    const back = await press(conversationId, 'guide-back', { guideId, step: 2, note: 'Buikpijn op maandag' }, user);
    expect(text(back)).toContain('Stap 1 van 8');
    expect(text(back)).toContain('Sanne schrok ervan');

    // Notitie: saved in place.
    const noted = await press(
      conversationId,
      'guide-note',
      { guideId, step: 1, note: 'Sanne schrok ervan, moeder knikte' },
      user,
    );
    expect(text(noted)).toContain('Notitie opgeslagen.');
    expect(text(noted)).toContain('moeder knikte');

    // FAQ: the protocol's answers.
    const faq = await press(
      conversationId,
      'guide-faq',
      { guideId, step: 1, note: 'Sanne schrok ervan, moeder knikte' },
      user,
    );
    expect(text(faq)).toContain('Ja, maar ziek is ziek!');
    expect(text(faq)).toContain('(Niet ontkennen) Ja, en wij vinden het daarom belangrijk');
    expect(text(faq)).toContain('Bijlage 2');
    expect(text(await press(conversationId, 'guide-resume', { guideId }, user))).toContain('Stap 1 van 8');

    // Go to step 2 and stop there.
    await press(conversationId, 'guide-next', { guideId, step: 1, note: 'Sanne schrok ervan, moeder knikte' }, user);
    const stopped = await press(conversationId, 'guide-stop', { guideId, step: 2, note: 'Buikpijn op maandag' }, user);
    expect(text(stopped)).toContain('bewaard bij Stap 2 van 8');
    expect(action(stopped, 'guide-resume').data!.guideId).toBe(guideId);

    // A restart of the bot process against the same Cosmos endpoint, then "gespreksleidraad" from another device.
    await bot.close();
    bot = await startTestBot({ env, cosmosEndpoint: cosmos.endpoint, logger });
    const otherDevice = personalConversationId();
    const resumeCard = await command(otherDevice, 'gespreksleidraad', user);
    expect(text(resumeCard)).toContain('Sanne');
    expect(text(resumeCard)).toContain('Stap 2 van 8');
    const resumed = await press(otherDevice, 'guide-resume', action(resumeCard, 'guide-resume').data!, user);
    expect(text(resumed)).toContain('Stap 2 van 8');
    expect(text(resumed)).toContain('Buikpijn op maandag');

    // Walk on to the last step: the agreements.
    let card: Card = resumed;
    for (let step = 2; step < 8; step += 1) card = await press(otherDevice, 'guide-next', { guideId, step }, user);
    expect(text(card)).toContain('Stap 8 van 8');
    expect(text(card)).toContain('Afspraken maken');
    expect(text(card)).toContain('Inhalen lesstof');
    expect(card.actions!.map((candidate) => candidate.title)).toContain('Afronden');

    const finishData = {
      guideId,
      step: 8,
      note: 'Oco wordt ingelicht',
      'agreement-verzuimmeldingen-text': 'Moeder belt voor 8 uur de conciërge',
      'agreement-verzuimmeldingen-owner': 'Ouders',
      'agreement-verzuimmeldingen-dueDate': '2026-12-01',
      'agreement-schoolbezoek-text': '',
      'agreement-schoolbezoek-owner': '',
      'agreement-schoolbezoek-dueDate': '',
      criteria: 'verspreid-over-maand,opvallend',
    };
    const [verslag, concurrent] = await Promise.all([
      press(otherDevice, 'guide-finish', finishData, user),
      press(otherDevice, 'guide-finish', finishData, user),
    ]);
    const finished = verslag.text ? concurrent : verslag;
    expect(text(finished)).toContain('Gespreksverslag');
    expect(text(finished)).toContain('Mentor (Mentor Jansen), Leerling, Ouders');
    expect(text(finished)).toContain('27-11-2026');
    expect(text(finished)).toContain('Sanne schrok ervan, moeder knikte');
    expect(text(finished)).toContain('Moeder belt voor 8 uur de conciërge');
    expect(text(finished)).toContain('Wie: Ouders · Wanneer: 1-12-2026');
    const formOpen = action(finished, 'form-open');
    expect(formOpen.data).toMatchObject({
      verb: 'form-open',
      formType: 'aanmeldformulier',
      prefill: {
        pupilName: 'Sanne',
        reasons: 'meer-dan-4-dagen,anders-opvallend',
        absenceOverview: 'Vijf ziekmeldingen in oktober',
        staffName: 'Mentor Jansen',
      },
    });
    expect(formOpen.data!.prefill.q7Actions).toContain('Verzuimgesprek op 27-11-2026');
    expect(formOpen.data!.prefill.notes).toContain('Buikpijn op maandag');

    // The button opens the aanmeldformulier (the forms' route) prefilled from the verslag, as a new
    // message below it: the verslag card itself stays (the press answers with a short text only).
    const before = channel.activities(otherDevice).length;
    const pressed = await press(otherDevice, 'form-open', formOpen.data!, user);
    expect(pressed.text).toContain('het verslag blijft hierboven staan');
    const form = (await channel.waitForActivities(before + 1, { conversationId: otherDevice })).at(-1)!.attachments[0]
      .content as Card;
    expect(text(form)).toContain('Sanne');
    expect(text(form)).toContain('meer-dan-4-dagen,anders-opvallend');
    expect(text(form)).toContain('Vijf ziekmeldingen in oktober');

    // Afronden once more: nothing new is saved.
    const second = await press(otherDevice, 'guide-finish', finishData, user);
    expect(second.text).toContain('al afgerond');

    const { resources } = await bot.store.containers.dossier.items
      .query({
        query: 'SELECT * FROM c WHERE c.recordType = @type',
        parameters: [{ name: '@type', value: 'gespreksverslag' }],
      })
      .fetchAll();
    const mine = resources.filter((record) => record.createdBy.userId === user.aadObjectId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      recordType: 'gespreksverslag',
      schoolId: 'demo',
      submissionId: guideId,
      content: { pupilName: 'Sanne', conversationDate: '2026-11-27' },
    });
    expect(mine[0].content.phases.find((phase: { id: string }) => phase.id === 'zorgen-delen').note).toBe(
      'Sanne schrok ervan, moeder knikte',
    );
    expect(mine[0].content.agreements).toEqual([
      {
        topicId: 'verzuimmeldingen',
        topic: 'Verzuimmeldingen (bij wie en hoe)',
        text: 'Moeder belt voor 8 uur de conciërge',
        owner: 'Ouders',
        dueDate: '2026-12-01',
      },
    ]);

    // The guide is no longer open; the progress document keeps no pupil text.
    expect(text(await command(otherDevice, 'gespreksleidraad', user))).toContain('voorbereiding');
    const { resources: progress } = await bot.store.containers.progress.items
      .query(
        { query: 'SELECT * FROM c WHERE c.guideId = @guideId', parameters: [{ name: '@guideId', value: guideId }] },
        { partitionKey: user.aadObjectId },
      )
      .fetchAll();
    expect(progress).toHaveLength(1);
    expect(progress[0]).toMatchObject({ status: 'finished', notes: {}, pupilName: '', verslagRecordId: mine[0].id });

    // Notes and names are pupil data: never in the log.
    const log = logLines.join('');
    expect(log).toContain('guide-finish');
    for (const secret of ['Sanne', 'Buikpijn', 'conciërge', 'Vaak ziek op maandag']) expect(log).not.toContain(secret);
  });

  it('should keep one open guide per pupil per mentor, and offer to resume or start over', async () => {
    const conversationId = personalConversationId();
    const user: TeamsUser = { id: '29:1-mentor-slot', aadObjectId: 'aad-mentor-slot', name: 'Mentor Bakker' };
    const first = await press(
      conversationId,
      'guide-prepare',
      preparation('11111111-aaaa-4aaa-8aaa-000000000001', { pupilName: 'Daan' }),
      user,
    );
    expect(text(first)).toContain('Stap 1 van 8');
    await press(
      conversationId,
      'guide-next',
      { guideId: '11111111-aaaa-4aaa-8aaa-000000000001', step: 1, note: 'eerste' },
      user,
    );

    // A second preparation for " daan " (same pupil) does not start a second guide.
    const exists = await press(
      conversationId,
      'guide-prepare',
      preparation('11111111-aaaa-4aaa-8aaa-000000000002', { pupilName: ' daan ' }),
      user,
    );
    expect(text(exists)).toContain('al een open gespreksleidraad voor Daan');
    expect(text(exists)).toContain('Stap 2 van 8');
    expect(action(exists, 'guide-discard').data!.guideId).toBe('11111111-aaaa-4aaa-8aaa-000000000001');

    // Another pupil is fine: two open guides to resume.
    await press(
      conversationId,
      'guide-prepare',
      preparation('11111111-aaaa-4aaa-8aaa-000000000003', { pupilName: 'Noor', age: '9', participants: 'ouders' }),
      user,
    );
    const list = await command(conversationId, 'gespreksleidraad', user);
    expect(text(list)).toContain('2 open gespreksleidraden');
    expect(text(list)).toContain('Daan');
    expect(text(list)).toContain('Noor');

    // The "wat nu?" card's button for Daan offers the open guide; starting over discards it.
    const fromWatNu = await press(
      conversationId,
      'guide-start',
      { pupilFirstName: 'Daan', age: 14, concern: 'Te vaak ziek' },
      user,
    );
    expect(text(fromWatNu)).toContain('al een open gespreksleidraad voor Daan');
    const restarted = await press(
      conversationId,
      'guide-discard',
      { guideId: '11111111-aaaa-4aaa-8aaa-000000000001' },
      user,
    );
    expect(text(restarted)).toContain('voorbereiding');
    expect(text(restarted)).toContain('"value":"Daan"');
    const newGuideId = action(restarted, 'guide-prepare').data!.guideId;
    expect(newGuideId).not.toBe('11111111-aaaa-4aaa-8aaa-000000000001');
    expect(
      text(await press(conversationId, 'guide-resume', { guideId: '11111111-aaaa-4aaa-8aaa-000000000001' }, user)),
    ).toContain('niet meer vinden');

    // For a pupil without an open guide, guide-start prefills the preparation.
    const prefilled = await press(
      conversationId,
      'guide-start',
      { pupilFirstName: 'Mila', age: 15, concern: 'Vaak ziek naar huis' },
      user,
    );
    expect(text(prefilled)).toContain('"value":"Mila"');
    expect(text(prefilled)).toContain('Vaak ziek naar huis');
    const ageInput = (prefilled.body as { id?: string }[]).find((element) => element.id === 'age');
    expect(ageInput).toMatchObject({ type: 'Input.Number', value: 15 });
  });

  it("should not let another mentor open someone else's guide", async () => {
    const conversationId = personalConversationId();
    const owner: TeamsUser = { id: '29:1-mentor-owner', aadObjectId: 'aad-mentor-owner', name: 'Mentor Visser' };
    const other: TeamsUser = { id: '29:1-mentor-other', aadObjectId: 'aad-mentor-other', name: 'Mentor Smit' };
    const guideId = '22222222-aaaa-4aaa-8aaa-000000000001';
    await press(conversationId, 'guide-prepare', preparation(guideId, { pupilName: 'Lotte' }), owner);
    const refused = await press(
      personalConversationId(),
      'guide-next',
      { guideId, step: 1, note: 'overgenomen' },
      other,
    );
    expect(refused.text).toContain('niet meer vinden');
    expect(text(await press(conversationId, 'guide-resume', { guideId }, owner))).not.toContain('overgenomen');
  });

  it('should work with Action.Submit too (older clients): the next card is sent', async () => {
    const conversationId = personalConversationId();
    const user: TeamsUser = { id: '29:1-mentor-submit', aadObjectId: 'aad-mentor-submit', name: 'Mentor de Boer' };
    const guideId = '33333333-aaaa-4aaa-8aaa-000000000001';
    await press(conversationId, 'guide-prepare', preparation(guideId, { pupilName: 'Finn' }), user);
    await bot.post(
      teamsCardSubmit({
        serviceUrl: channel.serviceUrl,
        conversationId,
        from: user,
        data: { verb: 'guide-next', guideId, step: 1, note: 'via submit' },
      }),
    );
    const [reply] = await channel.waitForActivities(1, { conversationId });
    expect(text(reply!.attachments[0].content)).toContain('Stap 2 van 8');
    expect(text(await press(conversationId, 'guide-back', { guideId, step: 2 }, user))).toContain('via submit');
  });
});
