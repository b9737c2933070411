/**
 * Completes `npm run build`: tsc compiles `bot/`, `src/` and `cards/` to `dist/`, and this copies what the
 * compiled code reads at run time from next to itself — card templates (`cards/*.json`), other non-TypeScript
 * files in those folders, and the whole `knowledge/` folder — so `node dist/bot/index.js` runs like `npm start`.
 *
 * @example tsx scripts/copy-build-assets.ts [outDir]   # outDir defaults to dist
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Folders compiled by tsconfig.build.json; their non-TypeScript files are copied beside the output. */
export const compiledFolders = ['bot', 'src', 'cards'] as const;
/** Data folders the code resolves relative to its own location (`src/knowledge` reads `../../knowledge/`). */
export const dataFolders = ['knowledge'] as const;

function isAsset(fileName: string): boolean {
  return !fileName.endsWith('.ts') && !fileName.endsWith('.tsx');
}

function copyAssets(from: string, to: string): number {
  let copied = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copied += copyAssets(source, join(to, entry.name));
    else if (entry.isFile() && isAsset(entry.name)) {
      cpSync(source, join(to, entry.name));
      copied += 1;
    }
  }
  return copied;
}

/** Copies the run-time assets into `outDir`; returns how many files it copied. */
export function copyBuildAssets(outDir = join(root, 'dist')): number {
  let copied = 0;
  for (const folder of compiledFolders) copied += copyAssets(join(root, folder), join(outDir, folder));
  for (const folder of dataFolders) {
    if (!existsSync(join(root, folder))) continue;
    cpSync(join(root, folder), join(outDir, folder), { recursive: true });
    copied += 1;
  }
  return copied;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = resolve(process.argv[2] ?? join(root, 'dist'));
  const copied = copyBuildAssets(outDir);
  console.log(`Copied ${copied} run-time assets into ${outDir}`);
}
