import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedCosmosServer } from '../src/storage/embedded-cosmos-server.js';
import {
  auditEntries,
  dossierRecords,
  execute,
  install,
  say,
  users,
  validAanmeldformulier,
  writeRolesFile,
  type Conversation,
} from './forms-support.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId } from './helpers/teams-activity.js';
import { amsterdam, cardOf, executeActionsOf, textOf } from './helpers/card-walk.js';
import { startSharedCosmos, startTestBot, type TestBot } from './helpers/test-bot.js';

/** A bot instance on a shared Cosmos endpoint and database, with the test's clock and no reminder timer. */
function startInstance({
  endpoint,
  database,
  rolesFile,
  clock,
  instanceId,
}: {
  endpoint: string;
  database: string;
  rolesFile: string;
  clock: { now: Date };
  instanceId: string;
}): Promise<TestBot> {
  return startTestBot({
    cosmosEndpoint: endpoint,
    env: { COSMOS_DATABASE: database, ROLES_FILE: rolesFile },
    now: () => clock.now,
    reminders: { intervalMs: 0, instanceId },
  });
}

describe('cases over HTTP: advice and aanmeldformulier to actions, the overview, reminders on two instances', () => {
  let cosmos: EmbeddedCosmosServer;
  let channel: LoopbackChannel;
  let a: Awaited<ReturnType<typeof startInstance>>;
  let b: Awaited<ReturnType<typeof startInstance>>;
  // Monday 7 December 2026, 10:00 in Amsterdam.
  const clock = { now: amsterdam('2026-12-07T10:00:00') };
  const conversations: Record<'mentor' | 'mentor2' | 'oco', Conversation> = {} as never;
  const sent = (who: keyof typeof conversations) =>
    channel.activities(conversations[who].conversationId).filter((activity) => activity.type !== 'typing');

  beforeAll(async () => {
    cosmos = await startSharedCosmos();
    channel = await startLoopbackChannel();
    const rolesFile = writeRolesFile();
    const database = `cases-${Math.random().toString(36).slice(2, 10)}`;
    a = await startInstance({ endpoint: cosmos.endpoint, database, rolesFile, clock, instanceId: 'instance-a' });
    b = await startInstance({ endpoint: cosmos.endpoint, database, rolesFile, clock, instanceId: 'instance-b' });
    for (const who of ['mentor', 'mentor2', 'oco'] as const) {
      conversations[who] = {
        serviceUrl: channel.serviceUrl,
        conversationId: personalConversationId(),
        from: users[who],
      };
      expect((await install(a, conversations[who])).status).toBe(200);
    }
  });
  afterAll(async () => {
    await a?.close().catch(() => undefined);
    await b?.close();
    await channel?.close();
    await cosmos?.close();
  });

  const caseDocuments = async () => {
    const { resources } = await b.store.containers.cases.items
      .query(
        { query: "SELECT * FROM c WHERE c.schoolId = 'school-a' AND c.docType = 'case'" },
        { partitionKey: 'school-a' },
      )
      .fetchAll();
    return resources as any[];
  };

  it('should put the confirmed "wat nu?" steps on the pupil\'s case with dates, once', async () => {
    const before = sent('mentor').length;
    await say(a, conversations.mentor, 'Sanne is in 2 maanden 3 keer een dag ziek gemeld');
    const [advice] = (
      await channel.waitForActivities(before + 1, { conversationId: conversations.mentor.conversationId })
    ).slice(-1);
    const plan = executeActionsOf(cardOf(advice!)).find((action) => action.verb === 'case-plan');
    expect(plan?.title).toBe('Zet deze stappen klaar');

    const planned = await execute(a, conversations.mentor, 'case-plan', plan.data);
    const text = textOf(planned.card);
    // Deel 3: contact at the latest after 3 days of absence, school days: Monday 7 → Thursday 10 December.
    expect(text).toContain('Contact houden tijdens het verzuim (uiterlijk do 10 dec 2026)');
    expect(text).toContain('Aanmelden bij de jeugdarts (uiterlijk di 8 dec 2026)');
    expect(text).toContain('gerekend met weekdagen; vakanties en studiedagen van de school zijn niet ingevoerd');

    // Pressed again (a double press, or from another device): nothing is added.
    const again = await execute(b, conversations.mentor, 'case-plan', plan.data);
    expect(textOf(again.card)).toContain('Deze stappen stonden al klaar');
    const [document] = await caseDocuments();
    expect(
      document.actions.map((action: any) => [action.id, action.role, action.dueDay, action.assignee.userId]),
    ).toEqual([
      ['ziekte/jeugdarts-aanmelden', 'mentor', '2026-12-08', users.mentor.aadObjectId],
      ['ziekte/contact-mentor', 'mentor', '2026-12-10', users.mentor.aadObjectId],
    ]);
    expect([document.step, document.ttl]).toEqual(['jeugdarts', 365 * 86_400]);
    expect(document.id).not.toMatch(/sanne/i);
  });

  it('should close the aanmelding and give the oco the next actions when the aanmeldformulier is filed', async () => {
    const filed = await execute(
      a,
      conversations.mentor,
      'form-submit',
      validAanmeldformulier({ pupilName: 'Sanne de Boer' }),
    );
    expect(filed.card).toBeDefined();
    // The case is updated in the background, after the filing's reply.
    await expect.poll(async () => (await caseDocuments())[0]?.actions.length, { timeout: 10_000 }).toBe(4);
    const documents = await caseDocuments();
    expect(documents).toHaveLength(1);
    const actions = documents[0].actions.map((action: any) => [action.id, action.status, action.role, action.dueDay]);
    expect(actions).toEqual([
      ['ziekte/jeugdarts-aanmelden', 'done', 'mentor', '2026-12-08'],
      ['ziekte/contact-mentor', 'open', 'mentor', '2026-12-10'],
      ['aanmelding/versturen', 'open', 'oco', '2026-12-08'],
      // Deel 4: the jeugdarts' conversation in principle within two weeks of the aanmelding:
      // 7 + 14 = Monday 21 December.
      ['aanmelding/terugkoppeling-jeugdarts', 'open', 'oco', '2026-12-21'],
    ]);
    expect(documents[0].pupilName).toBe('Sanne de Boer');
    const audit = await auditEntries(a, 'school-a');
    expect(audit.filter((entry) => entry.recordType === 'case').map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['record-create', 'record-update']),
    );
    expect(JSON.stringify(audit)).not.toContain('Sanne');
  });

  it("should show the oco the school's open actions by step, and a mentor only their own pupils", async () => {
    const adviceBefore = sent('mentor2').length;
    await say(a, conversations.mentor2, 'Daan (14) is deze periode 9 keer te laat gekomen');
    const [advice] = (
      await channel.waitForActivities(adviceBefore + 1, { conversationId: conversations.mentor2.conversationId })
    ).slice(-1);
    await execute(
      a,
      conversations.mentor2,
      'case-plan',
      executeActionsOf(cardOf(advice!)).find((action) => action.verb === 'case-plan').data,
    );

    const before = sent('oco').length;
    await say(b, conversations.oco, 'wat loopt er nog?');
    const [overview] = (
      await channel.waitForActivities(before + 1, { conversationId: conversations.oco.conversationId })
    ).slice(-1);
    const text = textOf(cardOf(overview!));
    expect(text).toContain('Openstaande acties — Testcollege A');
    expect(text).toContain('4 acties open, waarvan 0 te laat.');
    // Steps in protocol order; within a step by due date.
    expect(text).toMatch(
      new RegExp(
        [
          String.raw`Preventief \(school\) \(2\)\nSanne de Boer — Contact houden tijdens het verzuim[\s\S]*`,
          String.raw`Daan — Preventief gesprek met leerplicht[\s\S]*`,
          String.raw`Jeugdarts \(2\)\nSanne de Boer — Aanmeldformulier en verzuimoverzicht[\s\S]*`,
          'Sanne de Boer — Gesprek bij de jeugdarts nagaan',
        ].join(''),
      ),
    );
    expect(text).toContain('**Wie:** Oco (Oco Bakker)');
    // Preventief spreekuur monthly: 7 December + 1 month.
    expect(text).toContain('**Uiterlijk:** do 7 jan 2027 (1 maand;');

    const mentorBefore = sent('mentor2').length;
    await say(a, conversations.mentor2, 'mijn acties');
    const [mine] = (
      await channel.waitForActivities(mentorBefore + 1, { conversationId: conversations.mentor2.conversationId })
    ).slice(-1);
    expect(textOf(cardOf(mine!))).toContain('Daan');
    expect(textOf(cardOf(mine!))).not.toContain('Sanne');

    // The filter button sends the card's inputs with its data, "alle" meaning no filter.
    const filtered = await execute(b, conversations.oco, 'actions-open', {
      scope: 'school',
      step: 'preventief',
      mentorUserId: 'alle',
    });
    expect(textOf(filtered.card)).toContain('2 acties open, waarvan 0 te laat.');
    expect(textOf(filtered.card)).not.toContain('Jeugdarts (');
    const byMentor = await execute(b, conversations.oco, 'actions-open', {
      scope: 'school',
      step: 'alle',
      mentorUserId: users.mentor2.aadObjectId,
    });
    expect(textOf(byMentor.card)).toContain('1 actie open');
    // The counts for the annual report: per month and step, no names; the oco's only.
    const counts = await execute(b, conversations.oco, 'actions-counts', {});
    expect(textOf(counts.card)).toContain(
      '**december 2026:** 5 acties, 1 gedaan — ' + 'Preventief (school) 2, Jeugdarts 3',
    );
    expect(textOf(counts.card)).not.toMatch(/Sanne|Daan/);
    expect((await execute(a, conversations.mentor2, 'actions-counts', {})).text).toMatch(/met jouw rol/);
    // A mentor cannot widen "mine" to the school.
    const widened = await execute(a, conversations.mentor2, 'actions-open', { scope: 'school' });
    expect(textOf(widened.card)).not.toContain('Sanne');
  });

  it('should send each reminder once on the due morning with two instances, and let "Gedaan" close it', async () => {
    // Tuesday 8 December, 08:05: "Aanmeldformulier … naar de jeugdarts sturen" falls due for the oco.
    clock.now = amsterdam('2026-12-08T08:05:00');
    const ocoBefore = sent('oco').length;
    const mentorBefore = sent('mentor').length;
    const [first, second] = await Promise.all([a.bot.reminders.tick(), b.bot.reminders.tick()]);
    expect(first!.sent + second!.sent).toBe(1);
    const reminders = (
      await channel.waitForActivities(ocoBefore + 1, { conversationId: conversations.oco.conversationId })
    ).slice(ocoBefore);
    expect(reminders).toHaveLength(1);
    expect(textOf(cardOf(reminders[0]!))).toContain('Vandaag uiterlijk — Sanne');
    expect(JSON.stringify(reminders[0])).not.toContain('de Boer');
    expect(reminders[0]!.summary).toBe(
      'Vandaag uiterlijk — Sanne: Aanmeldformulier en verzuimoverzicht naar de jeugdarts sturen',
    );
    // The mentor's "aanmelden" was done by filing the form: its reminder is not sent.
    expect(sent('mentor')).toHaveLength(mentorBefore);
    const againA = await a.bot.reminders.tick();
    const againB = await b.bot.reminders.tick();
    expect(againA.sent + againB.sent).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent('oco')).toHaveLength(ocoBefore + 1);

    const done = executeActionsOf(cardOf(reminders[0]!)).find((action) => action.verb === 'action-done');
    const closed = await execute(b, conversations.oco, 'action-done', done.data);
    expect(textOf(closed.card)).toContain('Gedaan — afgevinkt.');
    // Wednesday: the overdue reminder of a closed action is not sent.
    clock.now = amsterdam('2026-12-09T08:05:00');
    expect((await a.bot.reminders.tick()).sent).toBe(0);
  });

  it('should send the overdue reminder once, also when the instance that claimed it died unsent', async () => {
    // Thursday 10 December, 08:05: the mentor's contact falls due; first name only.
    clock.now = amsterdam('2026-12-10T08:05:00');
    const before = sent('mentor').length;
    expect((await b.bot.reminders.tick()).sent).toBe(1);
    const [due] = (
      await channel.waitForActivities(before + 1, { conversationId: conversations.mentor.conversationId })
    ).slice(before);
    expect(textOf(cardOf(due!))).toContain('Vandaag uiterlijk — Sanne');

    await a.close();
    // Friday 08:05: the overdue reminder is claimed by an instance that then stops before sending.
    clock.now = amsterdam('2026-12-11T08:05:00');
    const { resources } = await b.store.containers.cases.items
      .query(
        {
          query:
            "SELECT * FROM c WHERE c.schoolId = '_reminders' AND c.kind = 'overdue' AND c.state = 'pending' " +
            'AND c.sendAt <= @at',
          parameters: [{ name: '@at', value: clock.now.toISOString() }],
        },
        { partitionKey: '_reminders' },
      )
      .fetchAll();
    const overdue = resources.find((reminder: any) => reminder.recipientUserId === users.mentor.aadObjectId);
    expect(overdue).toBeDefined();
    await b.store.containers.cases.item(overdue.id, '_reminders').replace(
      {
        ...overdue,
        state: 'claimed',
        claimedBy: 'stopped-instance',
        claimedUntil: new Date(clock.now.getTime() + 5 * 60_000).toISOString(),
        attempts: 1,
      },
      { accessCondition: { type: 'IfMatch', condition: overdue._etag } },
    );
    expect((await b.bot.reminders.tick()).sent).toBe(0);
    // Its claim lapses; the remaining instance sends it, once.
    clock.now = amsterdam('2026-12-11T08:11:00');
    expect((await b.bot.reminders.tick()).sent).toBe(1);
    expect((await b.bot.reminders.tick()).sent).toBe(0);
    const late = (
      await channel.waitForActivities(before + 2, { conversationId: conversations.mentor.conversationId })
    ).slice(before + 1);
    expect(late).toHaveLength(1);
    expect(textOf(cardOf(late[0]!))).toContain('Te laat — Sanne');
  });

  it("should close the aanmelding's last action when the oco closes the form: the terugkoppeling is in", async () => {
    const [record] = await dossierRecords(b, 'school-a');
    for (const to of ['in-behandeling', 'afgerond']) {
      const [current] = await dossierRecords(b, 'school-a');
      expect(
        (await execute(b, conversations.oco, 'form-status', { recordId: record.id, to, etag: current._etag })).card,
      ).toBeDefined();
    }
    await expect
      .poll(
        async () =>
          (await caseDocuments())[0]?.actions.find((action: any) => action.id === 'aanmelding/terugkoppeling-jeugdarts')
            ?.status,
        { timeout: 10_000 },
      )
      .toBe('done');
    expect((await caseDocuments())[0].actions.find((action: any) => action.id === 'ziekte/contact-mentor').status).toBe(
      'open',
    );
  });
});
