import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultKnowledgeDirectory } from '../knowledge/knowledge-base.js';
import { foldDutch } from './dutch-numbers.js';

let cached: ReadonlySet<string> | undefined;

/**
 * Words the protocol documents write in lower case: real Dutch words, so never a typo to correct
 * ("werken" is not "weken") and never a pupil's name. Read once, on first use.
 */
export function knownDutchWords(): ReadonlySet<string> {
  if (cached) return cached;
  const words = new Set<string>();
  const directory = join(defaultKnowledgeDirectory, 'documents');
  for (const fileName of readdirSync(directory).filter((name) => name.endsWith('.md'))) {
    for (const match of readFileSync(join(directory, fileName), 'utf8').matchAll(/\p{L}+/gu)) {
      if (match[0] === match[0].toLowerCase()) words.add(foldDutch(match[0]));
    }
  }
  cached = words;
  return words;
}
