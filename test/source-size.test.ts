import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Prettier wraps code at 120 columns but never splits a string literal, and nothing else bounds a file's length.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const maxFileLines = 250;
const maxLineLength = 120;

function typeScriptFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = `${folder}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return name === 'node_modules' ? [] : typeScriptFiles(path);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const linesOf = (file: string) => readFileSync(join(root, file), 'utf8').replace(/\n$/, '').split('\n');
const isTest = (file: string) => /\.test\.ts$/.test(file) || file.startsWith('test/');

describe('source size', () => {
  const sourceFolders = ['bot', 'src', 'cards', 'scripts'];
  const allFiles = [...sourceFolders, 'test'].flatMap(typeScriptFiles);

  it(`should keep each non-test file in bot/, src/, cards/ and scripts/ at ${maxFileLines} lines or fewer`, () => {
    const tooLong = sourceFolders
      .flatMap(typeScriptFiles)
      .filter((file) => !isTest(file))
      .map((file) => ({ file, lines: linesOf(file).length }))
      .filter(({ lines }) => lines > maxFileLines)
      .sort((a, b) => b.lines - a.lines)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(tooLong, `split these by concern:\n${tooLong.join('\n')}`).toEqual([]);
  });

  it(`should keep every line of every TypeScript file at ${maxLineLength} characters or fewer`, () => {
    const tooWide = allFiles.flatMap((file) =>
      linesOf(file).flatMap((line, index) =>
        line.length > maxLineLength ? [`${file}:${index + 1}: ${line.length} characters`] : [],
      ),
    );
    expect(tooWide, `split these lines (Prettier does not split strings):\n${tooWide.join('\n')}`).toEqual([]);
  });
});
