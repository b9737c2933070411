import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId } from './helpers/teams-activity.js';
import { startTestBot, type TestBot } from './helpers/test-bot.js';
import { execute, users, validAanmeldformulier, validVerwijzing } from './forms-support.js';

describe('form logs', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  const lines: string[] = [];

  beforeAll(async () => {
    channel = await startLoopbackChannel();
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    bot = await startTestBot({ logger: createLogger({ level: 'debug', destination }) });
  });
  afterAll(async () => {
    await bot.close();
    await channel.close();
  });

  it('should log ids and event names of form submits, never the pupil data', async () => {
    const conversation = {
      serviceUrl: channel.serviceUrl,
      conversationId: personalConversationId(),
      from: users.mentor,
    };
    const form = validAanmeldformulier({
      pupilName: 'Geheime Leerlingnaam',
      parentEmail: 'geheim.adres@example.nl',
      q4Concerns: 'Vertrouwelijke zorg thuis',
    });
    await execute(bot, conversation, 'form-submit', form);
    await execute(bot, conversation, 'form-submit', { ...form, parentPhone: 'geen' });
    await execute(
      bot,
      conversation,
      'form-submit',
      validVerwijzing({ pupilName: 'Geheime Leerlingnaam', birthDate: '2999-01-01' }),
    );
    const log = lines.join('');
    expect(log).toContain('"event":"form-submit"');
    for (const secret of ['Geheime Leerlingnaam', 'geheim.adres', 'Vertrouwelijke zorg', form.birthDate as string])
      expect(log).not.toContain(secret);
  });
});
