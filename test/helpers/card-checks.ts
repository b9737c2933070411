import { expect } from 'vitest';
import type { AdaptiveCardJson } from '../../cards/render-card.js';

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (node && typeof node === 'object') {
    visit(node as Node);
    Object.values(node as Node).forEach((value) => walk(value, visit));
  }
}

export type WellFormedOptions = {
  /** Which ids must be unique: every element's (`all`), or only the inputs' (`inputs`). @default 'all' */
  readonly uniqueIds?: 'all' | 'inputs';
  /** At most this many actions at the card's top level (Teams shows six). */
  readonly maxActions?: number;
};

/**
 * What Teams needs of a card: version 1.5, every template binding filled in, unique ids, toggle targets
 * that exist, and each `Action.Execute` carrying its verb in its data (for the `Action.Submit` fallback).
 */
export function expectWellFormedCard(
  card: AdaptiveCardJson,
  { uniqueIds = 'all', maxActions }: WellFormedOptions = {},
): void {
  expect(card.type).toBe('AdaptiveCard');
  expect(card.version).toBe('1.5');
  expect(JSON.stringify(card)).not.toContain('${');
  const checkedIds: string[] = [];
  const elementIds = new Set<string>();
  const targets: string[] = [];
  walk(card, (node) => {
    if (typeof node.id === 'string') elementIds.add(node.id);
    if (
      uniqueIds === 'all'
        ? typeof node.id === 'string'
        : typeof node.type === 'string' && node.type.startsWith('Input.')
    )
      checkedIds.push(String(node.id));
    if (node.type === 'Action.ToggleVisibility') targets.push(...(node.targetElements as string[]));
    if (node.type === 'Action.Execute') expect((node.data as Node).verb, JSON.stringify(node)).toBe(node.verb);
  });
  expect(new Set(checkedIds).size).toBe(checkedIds.length);
  for (const target of targets) expect(elementIds.has(target), target).toBe(true);
  if (maxActions !== undefined)
    expect((card.actions as unknown[] | undefined)?.length ?? 0).toBeLessThanOrEqual(maxActions);
}
