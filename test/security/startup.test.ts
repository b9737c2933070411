import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../scripts/load/processes.js';

/** Issue 17, attempt 1 over the real entry point: `npm start`'s `bot/index.ts` as its own process. */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

describe('npm start', () => {
  it(
    'should refuse anonymous production with a roles file and a real Cosmos DB, in one ' + 'line, before listening',
    async () => {
      const result = await runToExit({
        NODE_ENV: 'production',
        ROLES_FILE: 'config/roles.example.yaml',
        COSMOS_ENDPOINT: 'https://school.documents.azure.com:443/',
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^Configuration error: /);
      expect(result.stdout).not.toContain('server-start');
    },
    90_000,
  );

  it('should refuse a password without an app id instead of running anonymously', async () => {
    const result = await runToExit({ MicrosoftAppId: '', MicrosoftAppPassword: 'secret' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('MicrosoftAppPassword');
  }, 90_000);

  describe('on a fresh machine', () => {
    let bot: ServerProcess;
    beforeAll(async () => {
      bot = await startServerProcess({
        entry: 'bot/index.ts',
        env: { PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'info', HOME: process.env.HOME ?? '' },
      });
    }, 120_000);
    afterAll(async () => bot?.close());

    it('should listen on loopback only and serve the local chat page', async () => {
      expect(new URL(bot.url).hostname).toBe('127.0.0.1');
      const page = await fetch(`${bot.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
    });

    it('should answer a malformed body with a short JSON error, never an HTML stack trace', async () => {
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"type":',
      });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toMatch(/<html|at .*\.js|SyntaxError/i);
    });
  });
});
