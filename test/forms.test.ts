import { describe, expect, it } from 'vitest';
import type { LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId } from './helpers/teams-activity.js';
import { useTestBot, type TestBot } from './helpers/test-bot.js';
import {
  birthDateForAge,
  dossierRecords,
  errorBeside,
  execute,
  findInput,
  say,
  users,
  validAanmeldformulier,
  validVerwijzing,
  type Conversation,
} from './forms-support.js';

describe('forms in the demo school (anonymous, no roles file)', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  const conversation = (): Conversation => ({
    serviceUrl: channel.serviceUrl,
    conversationId: personalConversationId(),
    from: users.mentor,
  });

  useTestBot(
    () => ({}),
    (session) => ({ bot, channel } = session),
  );

  it('should open the aanmeldformulier with every Bijlage 3 field, labelled as the demo school', async () => {
    const chat = conversation();
    await say(bot, chat, 'aanmeldformulier');
    const [reply] = await channel.waitForActivities(1, { conversationId: chat.conversationId });
    const card = reply!.attachments[0].content;
    expect(card.version).toBe('1.5');
    const text = JSON.stringify(card);
    expect(text).toContain('Demoschool — alleen voor uitproberen');
    for (const id of [
      'pupilName',
      'birthDate',
      'parentPhone',
      'parentEmail',
      'schoolGroup',
      'staffName',
      'formDate',
      'reasons',
      'absenceOverview',
      'q1Pattern',
      'q2ParentReason',
      'q3UnderCare',
      'q3CareWho',
      'q3Diagnosis',
      'q4Concerns',
      'q5Wijkteam',
      'q6OtherAbsence',
      'q6Which',
      'q6Leerplicht',
      'q7Actions',
      'q7Result',
      'discussedWithParents',
      'consentBy',
      'consentGiven',
    ]) {
      expect(findInput(card, id), id).toBeDefined();
    }
    expect(findInput(card, 'reasons').choices).toHaveLength(4);
    expect(findInput(card, 'parentEmail').regex).toBeTruthy();
    expect(findInput(card, 'pupilName').isRequired).toBe(true);
    const submit = card.actions[0];
    expect(submit).toMatchObject({
      type: 'Action.Execute',
      verb: 'form-submit',
      fallback: { type: 'Action.Submit', data: { verb: 'form-submit' } },
    });
    expect(submit.data.submissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(20_000);
  });

  it('should save a valid aanmeldformulier once and replace the card with a read-only summary', async () => {
    const chat = conversation();
    const data = validAanmeldformulier();
    const result = await execute(bot, chat, 'form-submit', data);
    expect(result.status).toBe(200);
    const text = JSON.stringify(result.card);
    expect(text).toContain('Opgeslagen en ingediend.');
    expect(text).toContain('Ingediend');
    expect(text).toContain('Sanne de Boer');
    expect(text).toContain('Wat gebeurt er nu?');
    expect(findInput(result.card, 'pupilName')).toBeUndefined();
    const records = (await dossierRecords(bot, 'demo')).filter((record) => record.submissionId === data.submissionId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      recordType: 'aanmeldformulier',
      status: 'ingediend',
      createdBy: { userId: users.mentor.aadObjectId },
    });
  });

  it('should keep one record when the same card is submitted twice, one after the other and at once', async () => {
    const chat = conversation();
    const data = validAanmeldformulier();
    await execute(bot, chat, 'form-submit', data);
    const again = await execute(bot, chat, 'form-submit', data);
    expect(JSON.stringify(again.card)).toContain('er is niets dubbel opgeslagen');
    const concurrent = validAanmeldformulier();
    const results = await Promise.all([1, 2, 3].map(() => execute(bot, chat, 'form-submit', concurrent)));
    expect(results.every((result) => result.status === 200 && result.card)).toBe(true);
    const records = await dossierRecords(bot, 'demo');
    expect(records.filter((record) => record.submissionId === data.submissionId)).toHaveLength(1);
    expect(records.filter((record) => record.submissionId === concurrent.submissionId)).toHaveLength(1);
  });

  it('should also accept the Action.Submit fallback and update the pressed card', async () => {
    const chat = conversation();
    const data = validVerwijzing();
    const { teamsCardSubmit } = await import('./helpers/teams-activity.js');
    const response = await bot.post({ ...teamsCardSubmit({ ...chat, data }), replyToId: 'card-1' });
    expect(response.status).toBe(200);
    const [update] = await channel.waitForActivities(1, { conversationId: chat.conversationId });
    expect(JSON.stringify(update)).toContain('Verwijzing naar verzuimcoach');
    expect(JSON.stringify(update)).toContain('Opgeslagen en ingediend.');
    expect(
      (await dossierRecords(bot, 'demo')).filter((record) => record.submissionId === data.submissionId),
    ).toHaveLength(1);
  });

  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    ['a missing name', { pupilName: '' }, 'pupilName', /Vul dit in/],
    ['no reason', { reasons: '' }, 'reasons', /minstens één reden/],
    ['a birth date in the future', { birthDate: '2999-01-01' }, 'birthDate', /toekomst/],
    ['a birth date outside school age', { birthDate: birthDateForAge(35) }, 'birthDate', /past niet bij een leerling/],
    ['an impossible date', { birthDate: '2012-02-31' }, 'birthDate', /geldige datum/],
    ['a bad e-mail address', { parentEmail: 'ouders@' }, 'parentEmail', /e-mailadres/],
    ['a bad phone number', { parentPhone: '12345' }, 'parentPhone', /telefoonnummer/],
    ['oversized text', { q1Pattern: 'x'.repeat(5000) }, 'q1Pattern', /maximaal 800 tekens/],
    ['no consent', { consentGiven: 'false' }, 'consentGiven', /toestemming/i],
    ['consent of the pupil under 16', { consentBy: 'leerling' }, 'consentBy', /onder de 16 beslissen de ouders/],
    [
      'consent of the parents from 16',
      { birthDate: birthDateForAge(17), consentBy: 'ouders' },
      'consentBy',
      /vanaf 16 beslist de leerling/,
    ],
    [
      'not discussed with the parents',
      { discussedWithParents: 'false' },
      'discussedWithParents',
      /met de ouders besproken/,
    ],
    ['a non-string value', { pupilName: { nested: true } }, 'pupilName', /klopt niet/],
  ];

  it.each(refusals)(
    'should refuse %s with the error beside the field, keep every value and save nothing',
    async (_name, overrides, field, message) => {
      const chat = conversation();
      const data = validAanmeldformulier(overrides);
      const result = await execute(bot, chat, 'form-submit', data);
      expect(result.status).toBe(200);
      expect(errorBeside(result.card, field)).toMatch(message);
      expect(JSON.stringify(result.card)).toContain('Nog niet ingediend');
      // Every other value is still there.
      for (const key of ['pupilName', 'parentEmail', 'q7Actions', 'absenceOverview']) {
        if (key in overrides) continue;
        expect(findInput(result.card, key).value).toBe(data[key]);
      }
      expect(result.card.actions[0].data.submissionId).toBe(data.submissionId);
      expect(
        (await dossierRecords(bot, 'demo')).filter((record) => record.submissionId === data.submissionId),
      ).toHaveLength(0);
    },
  );

  it.each([
    ['unknown fields', { favouriteColour: 'blauw' }, /velden die ik niet ken/],
    ['a forged school', { schoolId: 'school-b' }, /zelf bepaal/],
    ['forged roles', { roles: 'oco,school-admin' }, /zelf bepaal/],
    ['a forged record id and status', { id: 'aanmeldformulier-x', status: 'afgerond' }, /zelf bepaal/],
    ['a forged submission id', { submissionId: '../../etc' }, /geen geldig kenmerk/],
  ])('should refuse %s and save nothing', async (_name, overrides, message) => {
    const chat = conversation();
    const data = validAanmeldformulier(overrides);
    const before = (await dossierRecords(bot, 'demo')).length;
    const result = await execute(bot, chat, 'form-submit', data);
    expect(result.status).toBe(200);
    expect(JSON.stringify(result.card)).toMatch(message);
    expect(findInput(result.card, 'pupilName').value).toBe('Sanne de Boer');
    expect(await dossierRecords(bot, 'demo')).toHaveLength(before);
    expect(await dossierRecords(bot, 'school-b')).toHaveLength(0);
  });

  it('should refuse a verwijzing with absence starting in the future', async () => {
    const result = await execute(bot, conversation(), 'form-submit', validVerwijzing({ absenceSince: '2999-01-01' }));
    expect(errorBeside(result.card, 'absenceSince')).toMatch(/toekomst/);
    const badMail = await execute(
      bot,
      conversation(),
      'form-submit',
      validVerwijzing({ contactEmail: 'geen-mail', level: 'universiteit' }),
    );
    expect(errorBeside(badMail.card, 'contactEmail')).toMatch(/e-mailadres/);
    expect(errorBeside(badMail.card, 'level')).toMatch(/Maak een keuze/);
  });

  it('should open a form with prefill from another feature, known fields only', async () => {
    const result = await execute(bot, conversation(), 'form-open', {
      formType: 'verzuimcoach',
      prefill: { pupilName: 'Sanne', referralKind: 'thuiszitter', schoolId: 'school-b', extra: 'x' },
    });
    expect(findInput(result.card, 'pupilName').value).toBe('Sanne');
    expect(findInput(result.card, 'referralKind').value).toBe('thuiszitter');
    expect(JSON.stringify(result.card)).not.toContain('school-b');
  });
});
