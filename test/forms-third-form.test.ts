import { describe, expect, it } from 'vitest';
import type { LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId } from './helpers/teams-activity.js';
import { useTestBot, type TestBot } from './helpers/test-bot.js';
import { leerplichtmelding } from './fixtures/forms/leerplichtmelding.js';
import {
  auditEntries,
  dossierRecords,
  execute,
  findInput,
  install,
  say,
  users,
  writeRolesFile,
  type Conversation,
} from './forms-support.js';

/** Issue 18: a form added from its definition and card template alone, filed over HTTP as Teams delivers it. */
describe('a third form from its definition alone', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  useTestBot(
    () => ({ env: { ROLES_FILE: writeRolesFile() }, extraForms: [leerplichtmelding] }),
    (session) => ({ bot, channel } = session),
  );
  const chat = (from = users.mentor): Conversation => ({
    serviceUrl: channel.serviceUrl,
    conversationId: personalConversationId(),
    from,
  });

  it('should open by its command, file once, notify the oco, and list it in the overzicht', async () => {
    const oco = chat(users.oco);
    await install(bot, oco);
    const mentor = chat();
    await say(bot, mentor, 'leerplichtmelding');
    const [reply] = await channel.waitForActivities(1, { conversationId: mentor.conversationId });
    const card = reply!.attachments[0].content;
    expect(JSON.stringify(card)).toContain('Melding aan de leerplichtambtenaar');
    expect(findInput(card, 'reporter').value).toBe(users.mentor.name);
    const submit = card.actions[0];
    expect(submit).toMatchObject({ verb: 'form-submit', data: { formType: 'leerplichtmelding' } });

    const data = { ...submit.data, pupilName: 'Noor Peters', missedHours: '20', reporter: users.mentor.name };
    const refused = await execute(bot, mentor, 'form-submit', { ...data, missedHours: '3' });
    expect(JSON.stringify(refused.card)).toContain('Meld pas vanaf 16 uur in 4 weken.');

    const filed = await execute(bot, mentor, 'form-submit', data);
    expect(filed.status).toBe(200);
    const summary = JSON.stringify(filed.card);
    expect(summary).toContain('Melding aan leerplicht');
    expect(summary).toContain('Opgeslagen en ingediend.');
    expect(summary).toContain('Ik stuur de zorgcoördinator (oco) van je school een bericht');
    const again = await execute(bot, mentor, 'form-submit', data);
    expect(JSON.stringify(again.card)).toContain('Dit formulier was al ingediend');

    const records = (await dossierRecords(bot, 'school-a')).filter(
      (record) => record.recordType === 'leerplichtmelding',
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: `leerplichtmelding-${submit.data.submissionId}`,
      status: 'ingediend',
      title: 'Noor Peters',
      content: { values: { pupilName: 'Noor Peters', missedHours: '20' } },
    });

    // The first message in the oco's chat is the welcome on install; the second, the notification.
    const notice = (await channel.waitForActivities(2, { conversationId: oco.conversationId }))[1];
    expect(JSON.stringify(notice!.attachments[0].content)).toContain('Nieuw formulier van Mentor De Vries');

    await say(bot, oco, 'overzicht');
    const overzicht = (await channel.waitForActivities(3, { conversationId: oco.conversationId }))[2];
    const listed = JSON.stringify(overzicht!.attachments[0].content);
    expect(listed).toContain('Noor Peters');
    expect(listed).toContain('Melding aan leerplicht');

    const viewed = await execute(bot, oco, 'form-view', { recordId: records[0].id });
    expect(JSON.stringify(viewed.card)).toContain('Gemiste lesuren in 4 weken');
    const audit = await auditEntries(bot, 'school-a');
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'record-create', recordType: 'leerplichtmelding', outcome: 'allowed' }),
    );
  });

  it('should refuse the third form to a role its definition does not let file it', async () => {
    const result = await execute(bot, chat(users.coach), 'form-open', { formType: 'leerplichtmelding' });
    expect(result.text).toContain('Dat mag je met jouw rol helaas niet doen');
  });
});
