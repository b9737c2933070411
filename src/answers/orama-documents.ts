import type { AnyOrama } from '@orama/orama';
import { internalDocumentIDStore } from '@orama/orama/components';

/** What each inserted document stands for, by Orama's internal id (what the word-score index ranks). */
export function internalIds<T>(db: AnyOrama, ids: readonly string[], items: readonly T[]): Map<number, T> {
  return new Map(
    ids.map((id, position) => [
      internalDocumentIDStore.getInternalDocumentId(db.internalDocumentIDStore, id),
      items[position]!,
    ]),
  );
}

/** The value of an Orama call, which is synchronous when no component is async. */
export function synchronous<T>(value: T | Promise<T>): T {
  // Orama runs synchronously unless a component is async; ours are not.
  if (value instanceof Promise) throw new Error('Orama returned a promise: an async component was configured');
  return value;
}
