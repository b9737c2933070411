import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsCardAction, teamsMessage, type TeamsUser } from './helpers/teams-activity.js';
import { useTestBot, type TestBot } from './helpers/test-bot.js';

const user = (key: string, name: string): TeamsUser => ({ id: `29:1-${key}`, aadObjectId: `aad-guide-${key}`, name });
const mentor = user('mentor', 'Mentor Jansen');
const otherMentor = user('mentor2', 'Mentor Peters');
const oco = user('oco', 'Oco de Wit');
const coach = user('coach', 'Coach Kok');
const otherSchoolOco = user('oco-b', 'Oco Elders');
const stranger = user('stranger', 'Onbekende Collega');

function writeRolesFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'guide-roles-')), 'roles.yaml');
  const member = ({ aadObjectId, name }: TeamsUser, roles: string) =>
    `      - { userId: ${aadObjectId}, name: ${name}, roles: [${roles}] }`;
  writeFileSync(
    path,
    [
      'schools:',
      '  - id: guide-school-a',
      '    name: Testcollege A',
      '    members:',
      member(mentor, 'mentor'),
      member(otherMentor, 'mentor'),
      member(oco, 'oco'),
      member(coach, 'verzuimcoach-coordinator'),
      '  - id: guide-school-b',
      '    name: Testcollege B',
      '    members:',
      member(otherSchoolOco, 'oco, mentor'),
      '',
    ].join('\n'),
  );
  return path;
}

describe('gespreksleidraad with a roles file: who may start it and who sees the verslag', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;

  useTestBot(
    () => ({ env: { ROLES_FILE: writeRolesFile() } }),
    (session) => ({ bot, channel } = session),
  );

  async function say(from: TeamsUser, text: string): Promise<Record<string, any>> {
    const conversationId = personalConversationId();
    await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text, from }));
    const [reply] = await channel.waitForActivities(1, { conversationId });
    return reply!;
  }

  async function press(from: TeamsUser, verb: string, data: Record<string, unknown>) {
    const response = await bot.post(
      teamsCardAction({
        serviceUrl: channel.serviceUrl,
        conversationId: personalConversationId(),
        verb,
        data: { verb, ...data },
        from,
      }),
    );
    return response.body.value as unknown;
  }

  it('should refuse, politely and before any preparation, staff who may not save a verslag', async () => {
    expect((await say(stranger, 'gespreksleidraad')).text).toContain('rollenlijst');
    expect((await say(coach, 'gespreksleidraad')).text).toContain('met jouw rol');
    const refused = await press(stranger, 'guide-prepare', {
      guideId: '44444444-aaaa-4aaa-8aaa-000000000001',
      pupilName: 'Sanne',
      age: '13',
      conversationDate: '2026-11-27',
    });
    expect(refused).toEqual(expect.stringContaining('rollenlijst'));
  });

  it("should save the verslag in the school's dossier: the mentor and the oco see it, no one else", async () => {
    expect(JSON.stringify((await say(mentor, 'gespreksleidraad')).attachments[0].content)).toContain('voorbereiding');
    const guideId = '44444444-aaaa-4aaa-8aaa-000000000002';
    await press(mentor, 'guide-prepare', {
      guideId,
      pupilName: 'Ilse',
      age: '14',
      participants: 'leerling-en-ouders',
      conversationDate: '2026-11-27',
      absenceOverview: '',
      concern: '',
      criteria: '',
    });
    const verslag = await press(mentor, 'guide-finish', { guideId, step: 8, note: 'Afspraken gemaakt' });
    expect(JSON.stringify(verslag)).toContain('Gespreksverslag');
    // No criterion ticked: no aanmeldformulier offered.
    expect(JSON.stringify(verslag)).not.toContain('form-open');

    const { resources } = await bot.store.containers.dossier.items
      .query({ query: 'SELECT * FROM c WHERE c.submissionId = @id', parameters: [{ name: '@id', value: guideId }] })
      .fetchAll();
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({
      schoolId: 'guide-school-a',
      recordType: 'gespreksverslag',
      title: 'Gespreksverslag Ilse',
      createdBy: { userId: mentor.aadObjectId },
    });

    const overzicht = async (from: TeamsUser) =>
      JSON.stringify((await say(from, 'overzicht')).attachments?.[0]?.content ?? '');
    expect(await overzicht(mentor)).toContain('Gespreksverslag Ilse');
    expect(await overzicht(oco)).toContain('Gespreksverslag Ilse');
    expect(await overzicht(otherMentor)).not.toContain('Gespreksverslag Ilse');
    expect(await overzicht(otherSchoolOco)).not.toContain('Gespreksverslag Ilse');
  });
});
