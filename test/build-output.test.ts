import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyBuildAssets } from '../scripts/copy-build-assets.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsMessage } from './helpers/teams-activity.js';

const root = fileURLToPath(new URL('../', import.meta.url));
// Inside the repository (git-ignored test-results/), so the compiled ESM finds package.json and node_modules
// the way it does in the App Service, where dist/ sits beside them.
const siteRoot = join(root, 'test-results', `build-${process.pid}`);

/** Starts `node dist/bot/index.js` in `siteRoot`, as the App Service does, and resolves with its URL. */
function startCompiledBot(): Promise<{ readonly child: ChildProcess; readonly url: string }> {
  const child = spawn(process.execPath, ['dist/bot/index.js'], {
    cwd: siteRoot,
    // A clean environment: anonymous, embedded Cosmos, any free port.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`compiled bot did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /"event":"server-start","url":"([^"]+)"/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`compiled bot exited with ${code}:\n${output}`)));
  });
}

describe('npm run build output (what the App Service runs)', () => {
  let bot: { readonly child: ChildProcess; readonly url: string } | undefined;
  let channel: LoopbackChannel | undefined;

  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    await channel?.close();
    rmSync(siteRoot, { recursive: true, force: true });
  });

  it(
    'should compile to dist/ with its assets, start with node dist/bot/index.js and ' + 'answer a Teams message',
    async () => {
      mkdirSync(siteRoot, { recursive: true });
      const tsc = [
        join(root, 'node_modules/typescript/bin/tsc'),
        '-p',
        join(root, 'tsconfig.build.json'),
        '--outDir',
        join(siteRoot, 'dist'),
      ];
      await promisify(execFile)(process.execPath, tsc, { cwd: root }).catch((error: { stdout?: string }) => {
        throw new Error(`tsc -p tsconfig.build.json failed:\n${error.stdout ?? String(error)}`);
      });
      expect(copyBuildAssets(join(siteRoot, 'dist'))).toBeGreaterThan(0);

      bot = await startCompiledBot();
      const health = await fetch(`${bot.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', store: { reachable: true, embedded: true } });

      channel = await startLoopbackChannel();
      const conversationId = personalConversationId();
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'hallo' })),
      });
      expect(response.status).toBeLessThan(300);
      const [reply] = await channel.waitForActivities(1, { conversationId });
      // The welcome card is read from dist/cards/welcome.json: proof the assets were copied beside the code.
      expect(reply?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    },
    180_000,
  );
});
