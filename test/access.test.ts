import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, type TeamsUser } from './helpers/teams-activity.js';
import { startTestBot, type TestBot } from './helpers/test-bot.js';
import {
  auditEntries,
  dossierRecords,
  execute,
  findInput,
  install,
  say,
  users,
  validAanmeldformulier,
  validVerwijzing,
  type Conversation,
} from './forms-support.js';

describe('who sees and changes which form (roles file)', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  const chats = new Map<string, Conversation>();
  const chat = (user: TeamsUser): Conversation => {
    let conversation = chats.get(user.id);
    if (!conversation) {
      conversation = { serviceUrl: channel.serviceUrl, conversationId: personalConversationId(), from: user };
      chats.set(user.id, conversation);
    }
    return conversation;
  };
  const overzichtText = async (user: TeamsUser, status = '') =>
    JSON.stringify((await execute(bot, chat(user), 'overzicht-filter', { status })).card);

  let formId: string;
  let referralId: string;

  beforeAll(async () => {
    channel = await startLoopbackChannel();
    const { writeRolesFile } = await import('./forms-support.js');
    bot = await startTestBot({ env: { ROLES_FILE: writeRolesFile() } });
    // The oco and the coach installed the app: their conversation references are kept.
    await install(bot, chat(users.oco));
    await install(bot, chat(users.coach));
    await channel.waitForActivities(1, { conversationId: chat(users.oco).conversationId });
    await channel.waitForActivities(1, { conversationId: chat(users.coach).conversationId });
    const form = await execute(
      bot,
      chat(users.mentor),
      'form-submit',
      validAanmeldformulier({ pupilName: 'Leerling Formulier' }),
    );
    const referral = await execute(
      bot,
      chat(users.mentor),
      'form-submit',
      validVerwijzing({ pupilName: 'Leerling Verwijzing' }),
    );
    expect(JSON.stringify(form.card)).toContain('Opgeslagen en ingediend.');
    expect(JSON.stringify(referral.card)).toContain('Opgeslagen en ingediend.');
    const records = await dossierRecords(bot, 'school-a');
    formId = records.find((record) => record.title === 'Leerling Formulier').id;
    referralId = records.find((record) => record.title === 'Leerling Verwijzing').id;
  });
  afterAll(async () => {
    await bot.close();
    await channel.close();
  });

  it('should send the oco a proactive message with the filed form, and the coach only the referral', async () => {
    const ocoMessages = await channel.waitForActivities(3, { conversationId: chat(users.oco).conversationId });
    const ocoText = JSON.stringify(ocoMessages.slice(1));
    expect(ocoText).toContain('Nieuw formulier van Mentor De Vries.');
    expect(ocoText).toContain('Leerling Formulier');
    expect(ocoText).toContain('In behandeling nemen');
    const coachMessages = await channel.waitForActivities(2, { conversationId: chat(users.coach).conversationId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const coachText = JSON.stringify(channel.activities(chat(users.coach).conversationId).slice(1));
    expect(coachMessages.length).toBe(2);
    expect(coachText).toContain('Leerling Verwijzing');
    expect(coachText).not.toContain('Leerling Formulier');
  });

  it('should list for each role what it may see', async () => {
    const mentorList = await overzichtText(users.mentor);
    expect(mentorList).toContain('Leerling Formulier');
    expect(mentorList).toContain('Formulieren die je zelf hebt ingediend');
    expect(await overzichtText(users.mentor2)).not.toContain('Leerling Formulier');
    const ocoList = await overzichtText(users.oco);
    expect(ocoList).toContain('Leerling Formulier');
    expect(ocoList).toContain('Leerling Verwijzing');
    const coachList = await overzichtText(users.coach);
    expect(coachList).toContain('Leerling Verwijzing');
    expect(coachList).not.toContain('Leerling Formulier');
    const otherSchool = await overzichtText(users.otherOco);
    expect(otherSchool).not.toContain('Leerling');
    expect(otherSchool).toContain('Geen formulieren gevonden.');
  });

  it("should refuse reading another school's or another mentor's form politely, and audit it", async () => {
    const other = await execute(bot, chat(users.otherOco), 'form-view', { recordId: formId });
    expect(other.text).toMatch(/niet \(meer\) vinden|andere school/);
    expect(JSON.stringify(other.body)).not.toContain('Leerling Formulier');
    const colleague = await execute(bot, chat(users.mentor2), 'form-view', { recordId: formId });
    expect(colleague.text).toContain('alleen formulieren bekijken of wijzigen die je zelf hebt ingediend');
    const coach = await execute(bot, chat(users.coach), 'form-view', { recordId: formId });
    expect(coach.text).toBeDefined();
    const entries = await auditEntries(bot, 'school-a');
    expect(
      entries.some(
        (entry) =>
          entry.userId === users.mentor2.aadObjectId && entry.outcome === 'refused' && entry.recordId === formId,
      ),
    ).toBe(true);
    expect(
      entries.some(
        (entry) => entry.userId === users.coach.aadObjectId && entry.outcome === 'refused' && entry.recordId === formId,
      ),
    ).toBe(true);
    const otherEntries = await auditEntries(bot, 'school-b');
    expect(
      otherEntries.some((entry) => entry.userId === users.otherOco.aadObjectId && entry.outcome === 'refused'),
    ).toBe(true);
    expect(JSON.stringify([...entries, ...otherEntries])).not.toContain('Leerling Formulier');
  });

  it('should refuse a user who is in no school, politely, and audit it', async () => {
    await say(bot, chat(users.stranger), 'aanmeldformulier');
    const [reply] = await channel.waitForActivities(1, { conversationId: chat(users.stranger).conversationId });
    expect(reply!.text).toContain('Je staat nog niet in de rollenlijst');
    const entries = await auditEntries(bot, '_unknown');
    expect(
      entries.some((entry) => entry.userId === users.stranger.aadObjectId && entry.action === 'actor-resolve'),
    ).toBe(true);
  });

  it(
    'should let a mentor withdraw but not take a form in behandeling; the oco takes it in ' +
      'behandeling and closes it',
    async () => {
      const submitted = await execute(
        bot,
        chat(users.mentor),
        'form-submit',
        validAanmeldformulier({ pupilName: 'Leerling Levensloop' }),
      );
      const mentorActions = submitted.card.actions.map((action: any) => action.title);
      expect(mentorActions).toContain('Intrekken');
      expect(mentorActions).not.toContain('In behandeling nemen');
      const recordId = submitted.card.actions[0].data.recordId;
      const etag = submitted.card.actions[0].data.etag;
      const forged = await execute(bot, chat(users.mentor), 'form-status', { recordId, to: 'in-behandeling', etag });
      expect(forged.text).toContain('Dat mag je met jouw rol helaas niet doen');

      const view = await execute(bot, chat(users.oco), 'form-view', { recordId });
      const take = view.card.actions.find((action: any) => action.data?.to === 'in-behandeling');
      const taken = await execute(bot, chat(users.oco), 'form-status', take.data);
      expect(JSON.stringify(taken.card)).toContain('Status: **In behandeling**');
      const close = taken.card.actions.find((action: any) => action.data?.to === 'afgerond');
      const closed = await execute(bot, chat(users.oco), 'form-status', close.data);
      expect(JSON.stringify(closed.card)).toContain('Status: **Afgerond**');
      expect(JSON.stringify(closed.card)).toContain('automatisch verwijderd');
      const [record] = (await dossierRecords(bot, 'school-a')).filter((candidate) => candidate.id === recordId);
      expect(record.ttl).toBe(730 * 86_400);
      expect(record.history.map((change: any) => [change.status, change.by.userId])).toEqual([
        ['ingediend', users.mentor.aadObjectId],
        ['in-behandeling', users.oco.aadObjectId],
        ['afgerond', users.oco.aadObjectId],
      ]);
      expect(await overzichtText(users.oco, 'afgerond')).toContain('Leerling Levensloop');
      expect(await overzichtText(users.oco, 'ingediend')).not.toContain('Leerling Levensloop');
    },
  );

  it('should refuse a change made on a stale card with a clear message and show the current version', async () => {
    const submitted = await execute(
      bot,
      chat(users.mentor),
      'form-submit',
      validAanmeldformulier({ pupilName: 'Leerling Etag' }),
    );
    const recordId = submitted.card.actions[0].data.recordId;
    const view = await execute(bot, chat(users.oco), 'form-view', { recordId });
    const take = view.card.actions.find((action: any) => action.data?.to === 'in-behandeling');
    // The mentor withdraws while the oco still looks at the old card.
    const withdraw = submitted.card.actions.find((action: any) => action.data?.to === 'ingetrokken');
    const withdrawn = await execute(bot, chat(users.mentor), 'form-status', withdraw.data);
    expect(JSON.stringify(withdrawn.card)).toContain('Ingetrokken');
    const stale = await execute(bot, chat(users.oco), 'form-status', take.data);
    const text = JSON.stringify(stale.card);
    expect(text).toContain('intussen door iemand anders gewijzigd');
    expect(text).toContain('Status: **Ingetrokken**');
    const [record] = (await dossierRecords(bot, 'school-a')).filter((candidate) => candidate.id === recordId);
    expect(record.status).toBe('ingetrokken');
  });

  it(
    'should let the coach coordinator take a referral in behandeling and close it, from ' + 'the typed overzicht',
    async () => {
      await say(bot, chat(users.coach), 'overzicht');
      // Welcome, the referral's notification, then the overzicht.
      const messages = await channel.waitForActivities(3, { conversationId: chat(users.coach).conversationId });
      const overzicht = messages.at(-1)!.attachments[0].content;
      expect(JSON.stringify(overzicht)).toContain('Leerling Verwijzing');
      const take = JSON.stringify(overzicht).includes('In behandeling nemen');
      expect(take).toBe(true);
      const view = await execute(bot, chat(users.coach), 'form-view', { recordId: referralId });
      const taken = await execute(
        bot,
        chat(users.coach),
        'form-status',
        view.card.actions.find((action: any) => action.data?.to === 'in-behandeling').data,
      );
      const closed = await execute(
        bot,
        chat(users.coach),
        'form-status',
        taken.card.actions.find((action: any) => action.data?.to === 'afgerond').data,
      );
      expect(JSON.stringify(closed.card)).toContain('Status: **Afgerond**');
      const entries = await auditEntries(bot, 'school-a');
      expect(
        entries
          .filter(
            (entry) =>
              entry.recordId === referralId && entry.action === 'record-status-change' && entry.outcome === 'allowed',
          )
          .map((entry) => entry.toStatus),
      ).toEqual(['in-behandeling', 'afgerond']);
    },
  );

  it('should let a school admin change roles in chat, and refuse others', async () => {
    const refused = await execute(bot, chat(users.mentor), 'role-set', {
      userId: users.mentor.aadObjectId,
      roles: 'oco',
    });
    expect(refused.text).toContain('Alleen een schoolbeheerder kan rollen wijzigen');
    await say(bot, chat(users.admin), 'rollen');
    const [rolesCard] = await channel.waitForActivities(1, { conversationId: chat(users.admin).conversationId });
    expect(JSON.stringify(rolesCard)).toContain('Rollen van Testcollege A');
    expect(findInput(rolesCard!.attachments[0].content, 'roles')).toBeDefined();
    const changed = await execute(bot, chat(users.admin), 'role-set', {
      memberPick: users.mentor2.aadObjectId,
      roles: 'mentor',
    });
    expect(JSON.stringify(changed.card)).toContain('Rollen van Mentor Jansen opgeslagen');
    // The oco role reads other people's records: only an admin who is oco too may hand it out (SECURITY.md).
    const aboveOwn = await execute(bot, chat(users.admin), 'role-set', {
      memberPick: users.mentor2.aadObjectId,
      roles: 'mentor,oco',
    });
    expect(aboveOwn.text).toContain('toegang tot dossiers van anderen');
    expect(await overzichtText(users.mentor2)).not.toContain('Leerling Formulier');
    const otherSchool = await execute(bot, chat(users.admin), 'role-set', {
      userId: users.otherOco.aadObjectId,
      roles: 'mentor',
    });
    expect(otherSchool.text).toContain('andere school');
    const lastAdmin = await execute(bot, chat(users.admin), 'role-set', {
      userId: users.admin.aadObjectId,
      roles: 'mentor',
    });
    expect(lastAdmin.text).toContain('laatste schoolbeheerder');
    const entries = await auditEntries(bot, 'school-a');
    expect(
      entries.some(
        (entry) =>
          entry.action === 'role-change' &&
          entry.outcome === 'allowed' &&
          entry.targetUserId === users.mentor2.aadObjectId,
      ),
    ).toBe(true);
    expect(
      entries.some(
        (entry) =>
          entry.action === 'role-change' && entry.outcome === 'refused' && entry.userId === users.mentor.aadObjectId,
      ),
    ).toBe(true);
  });
});
