/**
 * Assembles what the App Service runs, in `dist/webapp/`: the compiled bot (`dist/` from `npm run build`),
 * `package.json`, the lockfile, and production dependencies only (`npm ci --omit=dev`). teamsapp.yml's
 * `azureAppService/zipDeploy` uploads this folder; the App Service starts it with `node dist/bot/index.js`.
 *
 * Install scripts are skipped: the compiled bot needs none (botbuilder-dialogs' postinstall only tidies up,
 * and esbuild's belongs to tsx, which runs TypeScript locally but not in Azure).
 *
 * @example npm run build && npm run stage:webapp
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const webapp = join(dist, 'webapp');

if (!existsSync(join(dist, 'bot', 'index.js'))) {
  console.error('dist/bot/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
rmSync(webapp, { recursive: true, force: true });
mkdirSync(join(webapp, 'dist'), { recursive: true });
for (const entry of readdirSync(dist)) {
  if (entry !== 'webapp') cpSync(join(dist, entry), join(webapp, 'dist', entry), { recursive: true });
}
for (const file of ['package.json', 'package-lock.json']) cpSync(join(root, file), join(webapp, file));
execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
  cwd: webapp,
  stdio: 'inherit',
});
console.log(`Staged the web app in ${webapp}; start command: node dist/bot/index.js`);
