import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapRoleDirectory, createCosmosRoleDirectory, loadRolesFile } from '../src/access/index.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { loadOnboardingCourse } from '../src/onboarding/index.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import {
  personalConversationId,
  teamsCardAction,
  teamsMessage,
  tenantId,
  type TeamsUser,
} from './helpers/teams-activity.js';
import { startTestBot, type TestBot } from './helpers/test-bot.js';

const course = loadOnboardingCourse({ knowledge: loadKnowledgeBase() });
const mentor: TeamsUser = { id: '29:1-overview-mentor', aadObjectId: 'aad-overview-mentor', name: 'Joost van Dijk' };
const otherMentor: TeamsUser = {
  id: '29:1-overview-mentor-2',
  aadObjectId: 'aad-overview-mentor-2',
  name: 'Sanne de Boer',
};
const oco: TeamsUser = { id: '29:1-overview-oco', aadObjectId: 'aad-overview-oco', name: 'Fatima El Amrani' };
const elsewhere: TeamsUser = {
  id: '29:1-overview-elsewhere',
  aadObjectId: 'aad-overview-elsewhere',
  name: 'Mentor Elders',
};

const rolesFile = `schools:
  - id: sint-jan
    name: Sint-Janscollege
    tenantId: ${tenantId}
    members:
      - { userId: ${oco.aadObjectId}, name: ${oco.name}, roles: [oco] }
      - { userId: ${mentor.aadObjectId}, name: ${mentor.name}, roles: [mentor] }
      - { userId: ${otherMentor.aadObjectId}, name: ${otherMentor.name}, roles: [mentor] }
  - id: andere-school
    name: Andere school
    members:
      - { userId: ${elsewhere.aadObjectId}, name: ${elsewhere.name}, roles: [mentor] }
`;

describe('onboarding overview for the zorgcoördinator', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;

  beforeAll(async () => {
    const directory = mkdtempSync(join(tmpdir(), 'onboarding-roles-'));
    const path = join(directory, 'roles.yaml');
    writeFileSync(path, rolesFile);
    channel = await startLoopbackChannel();
    bot = await startTestBot({ env: { ROLES_FILE: path } });
    // Idempotent: the bot may bootstrap the directory from ROLES_FILE itself as well.
    await bootstrapRoleDirectory({
      directory: createCosmosRoleDirectory(bot.store.containers.directory),
      file: loadRolesFile(path),
    });
  });
  afterAll(async () => {
    await bot.close();
    await channel.close();
  });

  async function finishCourse(user: TeamsUser) {
    const conversationId = personalConversationId();
    const press = (verb: string, data: Record<string, unknown>) =>
      bot.post(teamsCardAction({ serviceUrl: channel.serviceUrl, conversationId, from: user, verb, data }));
    await press('onboarding-start', { role: 'mentor' });
    const steps = course.forRole('mentor').steps;
    for (const [index, step] of steps.entries()) {
      const answers = Object.fromEntries(step.questions.map((question) => [`answer-${question.id}`, '0']));
      await press('onboarding-answer', { role: 'mentor', step: index, ...answers });
      const response = await press('onboarding-next', { role: 'mentor', step: index });
      if (index === steps.length - 1) expect(JSON.stringify(response.body)).toContain('afgerond');
    }
  }

  async function ask(user: TeamsUser, text: string) {
    const conversationId = personalConversationId();
    await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, from: user, text }));
    const [reply] = await channel.waitForActivities(1, { conversationId });
    return reply!;
  }

  it('should list a mentor of the school who finished, with name and date only', async () => {
    await finishCourse(mentor);
    await finishCourse(elsewhere);
    // The other mentor started but did not finish.
    await bot.post(
      teamsCardAction({
        serviceUrl: channel.serviceUrl,
        conversationId: personalConversationId(),
        from: otherMentor,
        verb: 'onboarding-start',
        data: { role: 'mentor' },
      }),
    );

    const reply = await ask(oco, 'onboarding overzicht');
    const card = reply.attachments[0].content;
    const text = JSON.stringify(card);
    expect(text).toContain('Sint-Janscollege');
    const facts = card.body.find((element: any) => element.type === 'FactSet').facts;
    const today = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date());
    expect(facts).toEqual([{ title: mentor.name, value: today }]);
    expect(text).not.toContain(otherMentor.name);
    expect(text).not.toContain(elsewhere.name);
  });

  it('should refuse the overview to a mentor', async () => {
    const reply = await ask(mentor, 'onboarding overzicht');
    expect(reply.attachments).toBeUndefined();
    expect(reply.text).toContain('Alleen een zorgcoördinator');
  });

  it('should offer the zorgcoördinator course first to an oco', async () => {
    const reply = await ask(oco, 'onboarding');
    const starts = reply.attachments[0].content.actions.filter((action: any) => action.verb === 'onboarding-start');
    expect(starts[0].data.role).toBe('zorgcoordinator');
  });
});
