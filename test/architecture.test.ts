import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A small import graph over the TypeScript compiler API instead of dependency-cruiser: its current release needs
// Node 22 or later, while this project supports Node 20. Every import counts, `import type` included: a type
// imported from bot/ still ties the domain to Teams, and a cycle of types still means neither file can be read
// or changed on its own. Co-located tests count too, so a test cannot smuggle a forbidden dependency in.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folders = ['bot', 'src', 'cards', 'scripts'] as const;

interface Import {
  /** The importing file, relative to the repository root, e.g. `src/guide/guide-view.ts`. */
  readonly from: string;
  /** The specifier as written, e.g. `../bot/app.js` or `botbuilder`. */
  readonly specifier: string;
  /** The imported file relative to the root when the specifier is relative, else undefined (a package). */
  readonly to: string | undefined;
  readonly typeOnly: boolean;
  readonly line: number;
}

function sourceFiles(folder: string): string[] {
  const absolute = join(root, folder);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The repository-relative file a relative specifier points at (`./x.js` → `x.ts`, a folder → its index.ts). */
function resolveSpecifier(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  const candidates = [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.mjs$/, '.mts'),
    base,
    `${base}.ts`,
    join(base, 'index.ts'),
  ];
  return (
    candidates.find((candidate) => existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) ??
    base
  );
}

/** Every static, re-exported, dynamic and `import('…')` type import of one file. */
function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (literal: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(literal)) return;
    const specifier = literal.text;
    const to = specifier.startsWith('.') ? resolveSpecifier(file, specifier) : undefined;
    const line = source.getLineAndCharacterOfPosition(literal.getStart()).line + 1;
    found.push({ from: file, specifier, to, typeOnly, line });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : undefined;
      const everyNameTypeOnly =
        clause !== undefined &&
        clause.name === undefined &&
        named !== undefined &&
        named.elements.length > 0 &&
        named.elements.every((element) => element.isTypeOnly);
      add(node.moduleSpecifier, clause?.isTypeOnly === true || everyNameTypeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      if (node.arguments[0]) add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = folders.flatMap(sourceFiles).map((file) => file.split('\\').join('/'));
const imports = files.flatMap(importsOf);

const describeImport = (entry: Import) =>
  `${entry.from}:${entry.line} imports ${entry.typeOnly ? 'type from ' : ''}'${entry.specifier}'`;

/** The imports of files under `from` that match `forbidden`, one readable line each. */
function violations(from: string, forbidden: (entry: Import) => boolean): string[] {
  return imports.filter((entry) => entry.from.startsWith(`${from}/`) && forbidden(entry)).map(describeImport);
}

const inFolder = (entry: Import, folder: string) => entry.to !== undefined && entry.to.startsWith(`${folder}/`);
const teamsPackages = /^(botbuilder(-.*)?|@microsoft\/teams-ai|botframework-.*)(\/.*)?$/;

/** Each import cycle among the source files once, as the list of files around it (Tarjan's components). */
function importCycles(): string[][] {
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const file of files) edges.set(file, []);
  for (const entry of imports)
    if (entry.to !== undefined && known.has(entry.to) && entry.to !== entry.from) edges.get(entry.from)!.push(entry.to);

  let counter = 0;
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (file: string) => {
    index.set(file, counter);
    lowLink.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file)!) {
      if (!index.has(next)) {
        connect(next);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(next)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) components.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return components.map((component) => {
    const members = new Set(component);
    const links = imports
      .filter((entry) => members.has(entry.from) && entry.to !== undefined && members.has(entry.to))
      .map((entry) => `    ${describeImport(entry)}`);
    return [`cycle of ${component.length} files: ${component.join(', ')}`, ...links];
  });
}

describe('architecture', () => {
  it('should find the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.some((entry) => entry.specifier === 'botbuilder')).toBe(true);
    expect(imports.some((entry) => entry.typeOnly)).toBe(true);
  });

  it('should keep cards/ free of imports from src/, bot/ and scripts/', () => {
    const found = violations('cards', (entry) => ['src', 'bot', 'scripts'].some((folder) => inFolder(entry, folder)));
    expect(
      found,
      `cards/ renders plain data and imports nothing from src/, bot/ or scripts/:\n${found.join('\n')}`,
    ).toEqual([]);
  });

  it('should keep src/ free of bot/, scripts/ and the Teams packages', () => {
    const found = violations(
      'src',
      (entry) =>
        inFolder(entry, 'bot') ||
        inFolder(entry, 'scripts') ||
        inFolder(entry, 'cards') ||
        teamsPackages.test(entry.specifier),
    );
    expect(
      found,
      `src/ takes and returns plain data; it imports nothing from bot/, cards/, scripts/, botbuilder, ` +
        `@microsoft/teams-ai or botframework-*:\n${found.join('\n')}`,
    ).toEqual([]);
  });

  it('should resolve every relative import to a file', () => {
    const unresolved = imports
      .filter((entry) => entry.to !== undefined && !existsSync(join(root, entry.to)))
      .map((entry) => `${describeImport(entry)} (no file ${relative(root, join(root, entry.to!))})`);
    expect(unresolved).toEqual([]);
  });

  it('should have no import cycles among bot/, src/, cards/ and scripts/', () => {
    const cycles = importCycles();
    expect(cycles.length, `import cycles (type-only imports included):\n${cycles.flat().join('\n')}`).toBe(0);
  });
});
