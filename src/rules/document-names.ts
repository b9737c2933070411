import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultKnowledgeDirectory } from '../knowledge/knowledge-base.js';
import { dutchWords } from '../understanding/dutch-words.js';
import { foldDutch } from './dutch-numbers.js';

let names: ReadonlySet<string> | undefined;

/**
 * The proper nouns of the documents that are no first names: organisations, programmes and places written
 * capitalised inside a sentence ("Halt", "Scala", "Grip", "Yuverta", "Alkmaar"). A message that names one is not
 * naming a pupil. Read once from `knowledge/documents/`.
 */
export function documentProperNouns(directory = join(defaultKnowledgeDirectory, 'documents')): ReadonlySet<string> {
  if (!names) {
    const { isFirstName } = dutchWords();
    const found = new Set<string>();
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.md'))) {
      const text = readFileSync(join(directory, file), 'utf8');
      for (const match of text.matchAll(/(?<=[\p{Ll},]\s)(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu)) {
        const folded = foldDutch(match[1]!);
        if (!isFirstName(folded)) found.add(folded);
      }
    }
    names = found;
  }
  return names;
}
