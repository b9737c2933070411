import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const readText = (path: string) => readFileSync(new URL(path, root), 'utf8');
const readme = readText('README.md');

/** The text of one `## ` section of the README. */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README.md has no "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('README.md', () => {
  it('should start with the two commands for a fresh machine', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm ci && npm start\b/m);
    expect(firstBlock).toMatch(/^npm ci && npm test\b/m);
  });

  it('should document every environment variable that src/config.ts reads', () => {
    const schema =
      /const environmentSchema = z\s*\.object\(\{([\s\S]*?)\n {2}\}\)/.exec(readText('src/config.ts'))?.[1] ?? '';
    const variables = [...schema.matchAll(/^ {4}([A-Za-z_]+):/gm)].map((match) => match[1]!);
    expect(variables).toContain('PORT');
    const table = section('Configuration');
    for (const variable of variables)
      expect(table, `${variable} is missing from "## Configuration"`).toContain(`\`${variable}\``);
  });

  it('should say why each dependency in package.json is there', () => {
    const packageJson = JSON.parse(readText('package.json')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const dependencies = section('Dependencies');
    for (const name of [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.devDependencies)]) {
      expect(dependencies, `${name} is missing from "## Dependencies"`).toContain(`\`${name}\``);
    }
  });
});
