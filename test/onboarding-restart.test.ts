import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { loadOnboardingCourse } from '../src/onboarding/index.js';
import type { EmbeddedCosmosServer } from '../src/storage/embedded-cosmos-server.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsCardAction, teamsMessage, type TeamsUser } from './helpers/teams-activity.js';
import { startSharedCosmos, startTestBot, type TestBot } from './helpers/test-bot.js';

const course = loadOnboardingCourse({ knowledge: loadKnowledgeBase() });
const user: TeamsUser = { id: '29:1-restart-mentor', aadObjectId: 'aad-restart-mentor', name: 'Mentor Jansen' };

describe('onboarding across a restart', () => {
  let cosmos: EmbeddedCosmosServer;
  let channel: LoopbackChannel;

  beforeAll(async () => {
    cosmos = await startSharedCosmos();
    channel = await startLoopbackChannel();
  });
  afterAll(async () => {
    await channel.close();
    await cosmos.close();
  });

  const press = async (bot: TestBot, conversationId: string, verb: string, data: Record<string, unknown>) => {
    const response = await bot.post(
      teamsCardAction({ serviceUrl: channel.serviceUrl, conversationId, from: user, verb, data }),
    );
    expect(response.status).toBe(200);
    return JSON.stringify(response.body.value);
  };

  it('should continue where the user was when a new bot process runs against the same Cosmos endpoint', async () => {
    const env = { COSMOS_DATABASE: 'onboarding-restart' };
    const steps = course.forRole('mentor').steps;
    const conversationId = personalConversationId();

    const first = await startTestBot({ env, cosmosEndpoint: cosmos.endpoint });
    await press(first, conversationId, 'onboarding-start', { role: 'mentor' });
    for (const index of [0, 1]) {
      const answers = Object.fromEntries(
        steps[index]!.questions.map((question) => [
          `answer-${question.id}`,
          String(question.options.indexOf(question.answer)),
        ]),
      );
      await press(first, conversationId, 'onboarding-answer', { role: 'mentor', step: index, ...answers });
      await press(first, conversationId, 'onboarding-next', { role: 'mentor', step: index });
    }
    const { resource } = await first.store.containers.progress.item('onboarding-progress', user.aadObjectId).read();
    expect(resource).toMatchObject({ userId: user.aadObjectId, role: 'mentor', stepIndex: 2, status: 'active' });
    await first.close();

    const second = await startTestBot({ env, cosmosEndpoint: cosmos.endpoint });
    await second.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, from: user, text: 'onboarding' }));
    const [offer] = await channel.waitForActivities(1, { conversationId });
    expect(JSON.stringify(offer)).toContain(`Je was bij stap 3 van ${steps.length} van de onboarding mentor`);
    const resumed = await press(second, conversationId, 'onboarding-resume', {});
    expect(resumed).toContain(`stap 3 van ${steps.length}`);
    expect(resumed).toContain(steps[2]!.title);
    // Earlier answers survived too: going back shows step 2 with its feedback.
    const back = await press(second, conversationId, 'onboarding-previous', { role: 'mentor', step: 2 });
    expect(back).toContain(`stap 2 van ${steps.length}`);
    expect(back).toContain('Goed!');
    await second.close();
  });
});
