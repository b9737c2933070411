import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyBuildAssets } from '../copy-build-assets.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Compiles the bot as `npm run build` does (tsconfig.build.json plus the run-time assets), into
 * `dist/load-build/`, and returns the entry to run with plain node — the artifact that is deployed.
 * Inside the repository, so the compiled code resolves `node_modules` and `"type": "module"` as in `dist/`.
 */
export function buildBot(): string {
  const outDir = join(root, 'dist', 'load-build');
  try {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        join(root, 'tsconfig.build.json'),
        '--outDir',
        outDir,
      ],
      { cwd: root, stdio: 'pipe' },
    );
  } catch (error) {
    // tsc still emits on type errors; only a missing output is fatal (checked by the caller starting it).
    const output = String((error as { stdout?: Buffer }).stdout ?? '');
    process.stderr.write(
      `tsc reported type errors while building the bot for the load ` +
        `run:\n${output.split('\n').slice(0, 10).join('\n')}\n`,
    );
  }
  copyBuildAssets(outDir);
  return join(outDir, 'bot', 'index.js');
}

/**
 * The node flags the bot is deployed with: those of `npm run start:built`, which the App Service's
 * `appCommandLine` repeats (a test keeps the two equal). The load runs start the bot with them too.
 */
export function deployedNodeArguments(): string[] {
  const script =
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[
      'start:built'
    ] ?? '';
  return script.split(/\s+/).filter((part) => part.startsWith('--'));
}
