import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { loadOnboardingCourse, type OnboardingRole } from '../src/onboarding/index.js';
import type { LoopbackChannel } from './helpers/loopback-channel.js';
import {
  personalConversationId,
  teamsCardAction,
  teamsCardSubmit,
  teamsMessage,
  type TeamsUser,
} from './helpers/teams-activity.js';
import { useTestBot, type TestBot } from './helpers/test-bot.js';

const knowledge = loadKnowledgeBase();
const course = loadOnboardingCourse({ knowledge });

/** The replacement card of an `adaptiveCard/action` invoke response. */
function invokeCard(response: { status: number; body: any }): any {
  expect(response.status).toBe(200);
  expect(response.body?.type, JSON.stringify(response.body)).toBe('application/vnd.microsoft.card.adaptive');
  return response.body.value;
}

function textOf(card: unknown): string {
  return JSON.stringify(card);
}

function actionsOf(card: any): { title: string; verb: string; data: Record<string, unknown> }[] {
  return card.actions ?? [];
}

function newUser(label: string): TeamsUser {
  const suffix = Math.random().toString(36).slice(2, 8);
  return { id: `29:1-${label}-${suffix}`, aadObjectId: `aad-${label}-${suffix}`, name: `${label} ${suffix}` };
}

describe('onboarding over HTTP', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;

  useTestBot(
    () => ({}),
    (session) => ({ bot, channel } = session),
  );

  const press = async (user: TeamsUser, conversationId: string, verb: string, data: Record<string, unknown>) =>
    invokeCard(
      await bot.post(teamsCardAction({ serviceUrl: channel.serviceUrl, conversationId, from: user, verb, data })),
    );

  it.each<[OnboardingRole, string]>([
    ['mentor', 'mentor'],
    ['zorgcoordinator', 'zorgcoördinator'],
  ])('should walk the whole %s course to its summary, checking every answer', async (role, dutchRole) => {
    const user = newUser(role);
    const conversationId = personalConversationId();
    await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, from: user, text: 'onboarding' }));
    const [startReply] = await channel.waitForActivities(1, { conversationId });
    const startCard = startReply!.attachments[0].content;
    expect(textOf(startCard)).toContain('Kies de cursus voor jouw rol');
    const startAction = actionsOf(startCard).find(
      (action) => action.verb === 'onboarding-start' && action.data.role === role,
    )!;
    expect(startAction.title.toLowerCase()).toContain(dutchRole);

    const steps = course.forRole(role).steps;
    let card = await press(user, conversationId, 'onboarding-start', startAction.data);
    for (const [index, step] of steps.entries()) {
      expect(textOf(card)).toContain(`stap ${index + 1} van ${steps.length}`);
      expect(textOf(card)).toContain(step.title);
      // Sourced, and each source can be opened in full.
      const firstSource = knowledge.getSection(step.sources[0]!)!;
      expect(textOf(card)).toContain(`Bron: ${knowledge.documentOf(firstSource).shortTitle} — `);
      const showCards = card.body.find((element: any) => element.type === 'ActionSet').actions;
      expect(showCards).toHaveLength(step.sources.length);
      expect(showCards[0].type).toBe('Action.ShowCard');
      expect(showCards[0].card.body[1].text).toBe(
        firstSource.body.slice(0, 3500) + (firstSource.body.length > 3500 ? ' …' : ''),
      );
      // Navigation: Vorige from step 2 on, Volgende (Afronden on the last step) and Stoppen.
      const titles = actionsOf(card).map((action) => action.title);
      expect(titles.includes('Vorige')).toBe(index > 0);
      expect(titles).toContain(index === steps.length - 1 ? 'Afronden' : 'Volgende');
      expect(titles).toContain('Stoppen');

      const answers = Object.fromEntries(
        step.questions.map((question) => [`answer-${question.id}`, String(question.options.indexOf(question.answer))]),
      );
      card = await press(user, conversationId, 'onboarding-answer', { role, step: index, ...answers });
      for (const question of step.questions) {
        expect(textOf(card)).toContain(`Jouw antwoord: ${JSON.stringify(question.answer).slice(1, -1)}`);
        expect(textOf(card)).toContain(JSON.stringify(question.explanation).slice(1, -1));
      }
      expect(textOf(card).match(/Goed!/g)).toHaveLength(step.questions.length);
      expect(actionsOf(card).map((action) => action.verb)).not.toContain('onboarding-answer');
      card = await press(user, conversationId, 'onboarding-next', { role, step: index });
    }

    expect(textOf(card)).toContain(`Onboarding ${dutchRole} afgerond`);
    const total = steps.reduce((sum, step) => sum + step.questions.length, 0);
    expect(textOf(card)).toContain(`${total} van de ${total} controlevragen`);
    for (const command of ['wat nu?', 'gespreksleidraad', 'aanmeldformulier', 'verzuimcoach', 'overzicht']) {
      expect(actionsOf(card).some((action) => action.data.command === command)).toBe(true);
    }
    for (const line of course.forRole(role).remember) expect(textOf(card)).toContain(JSON.stringify(line).slice(1, -1));

    // "onboarding" again says it was finished and offers to do it again.
    await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, from: user, text: 'onboarding' }));
    const replies = await channel.waitForActivities(2, { conversationId });
    expect(textOf(replies[1])).toContain(`Je hebt de onboarding ${dutchRole} afgerond op`);
  });

  it('should explain a wrong answer and give the right one', async () => {
    const user = newUser('wrong');
    const conversationId = personalConversationId();
    const [step] = course.forRole('mentor').steps;
    const question = step!.questions[0]!;
    const wrong = question.options.findIndex((option) => option !== question.answer);
    await press(user, conversationId, 'onboarding-start', { role: 'mentor' });
    const card = await press(user, conversationId, 'onboarding-answer', {
      role: 'mentor',
      step: 0,
      [`answer-${question.id}`]: String(wrong),
    });
    const text = textOf(card);
    expect(text).toContain(`Jouw antwoord: ${question.options[wrong]}`);
    expect(text).toContain(`Niet goed. Het juiste antwoord is: ${question.answer}`);
    expect(text).toContain(JSON.stringify(question.explanation).slice(1, -1));
    // The other question of the step is still open.
    expect(
      card.body.some((element: any) =>
        element.items?.some(
          (item: any) => item.type === 'Input.ChoiceSet' && item.id === `answer-${step!.questions[1]!.id}`,
        ),
      ),
    ).toBe(true);
  });

  it('should ask for an answer before moving on, and go back with Vorige', async () => {
    const user = newUser('nav');
    const conversationId = personalConversationId();
    const steps = course.forRole('mentor').steps;
    await press(user, conversationId, 'onboarding-start', { role: 'mentor' });
    const blocked = await press(user, conversationId, 'onboarding-next', { role: 'mentor', step: 0 });
    expect(textOf(blocked)).toContain('stap 1 van');
    expect(textOf(blocked)).toContain('Kies eerst een antwoord');
    // Choosing on the card and pressing Volgende checks the answers first and shows the feedback.
    const answers = Object.fromEntries(steps[0]!.questions.map((question) => [`answer-${question.id}`, '0']));
    const checked = await press(user, conversationId, 'onboarding-next', { role: 'mentor', step: 0, ...answers });
    expect(textOf(checked)).toContain('stap 1 van');
    expect(textOf(checked)).toContain('Jouw antwoord:');
    const second = await press(user, conversationId, 'onboarding-next', { role: 'mentor', step: 0 });
    expect(textOf(second)).toContain(`stap 2 van ${steps.length}`);
    const back = await press(user, conversationId, 'onboarding-previous', { role: 'mentor', step: 1 });
    expect(textOf(back)).toContain(`stap 1 van ${steps.length}`);
    expect(textOf(back)).toContain('Jouw antwoord:');
  });

  it('should stop, and offer to continue at the same step from another conversation (another device)', async () => {
    const user = newUser('stop');
    const conversationId = personalConversationId();
    const steps = course.forRole('zorgcoordinator').steps;
    await press(user, conversationId, 'onboarding-start', { role: 'zorgcoordinator' });
    const answers = Object.fromEntries(steps[0]!.questions.map((question) => [`answer-${question.id}`, '1']));
    await press(user, conversationId, 'onboarding-answer', { role: 'zorgcoordinator', step: 0, ...answers });
    await press(user, conversationId, 'onboarding-next', { role: 'zorgcoordinator', step: 0 });
    const stopped = await press(user, conversationId, 'onboarding-stop', { role: 'zorgcoordinator', step: 1 });
    expect(textOf(stopped)).toContain(`Je bent gestopt bij stap 2 van ${steps.length}`);

    const otherDevice = personalConversationId();
    await bot.post(
      teamsMessage({ serviceUrl: channel.serviceUrl, conversationId: otherDevice, from: user, text: 'onboarding' }),
    );
    const [offer] = await channel.waitForActivities(1, { conversationId: otherDevice });
    expect(textOf(offer)).toContain(`Je was bij stap 2 van ${steps.length} van de onboarding zorgcoördinator`);
    const resumed = await press(user, otherDevice, 'onboarding-resume', {});
    expect(textOf(resumed)).toContain(`stap 2 van ${steps.length}`);
    expect(textOf(resumed)).toContain(steps[1]!.title);
  });

  it('should answer a card of an abandoned course with a short reply instead of moving it', async () => {
    const user = newUser('stale');
    const conversationId = personalConversationId();
    await press(user, conversationId, 'onboarding-start', { role: 'mentor' });
    await press(user, conversationId, 'onboarding-start', { role: 'zorgcoordinator' });
    const response = await bot.post(
      teamsCardAction({
        serviceUrl: channel.serviceUrl,
        conversationId,
        from: user,
        verb: 'onboarding-next',
        data: { role: 'mentor', step: 0 },
      }),
    );
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('Deze kaart hoort bij een eerdere onboarding');
  });

  it('should handle an Action.Submit press (older clients) by updating the card', async () => {
    const user = newUser('submit');
    const conversationId = personalConversationId();
    const response = await bot.post(
      teamsCardSubmit({
        serviceUrl: channel.serviceUrl,
        conversationId,
        from: user,
        data: { verb: 'onboarding-start', role: 'mentor' },
      }),
    );
    expect(response.status).toBe(200);
    const [reply] = await channel.waitForActivities(1, { conversationId });
    expect(textOf(reply)).toContain('stap 1 van');
  });
});
