/**
 * The framework's ceiling for the turn benchmark: a bare botbuilder `CloudAdapter` echo bot on express,
 * anonymous like the bot under test, with no state, no store and no routes. Run as its own process by
 * `scripts/bench/turns.ts`; listens on `PORT` (0 = a free port) and logs `{"event":"server-start","url"}`.
 */
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import express from 'express';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = express();
server.disable('x-powered-by');
server.use(express.json({ limit: '256kb' }));
server.post('/api/messages', async (request, response) => {
  await adapter.process(request, response, async (context: TurnContext) => {
    if (context.activity.type === 'message') await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
  });
});

const listening = server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = listening.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ event: 'server-start', url: `http://127.0.0.1:${port}` })}\n`);
});
process.once('SIGTERM', () => listening.close(() => process.exit(0)));
