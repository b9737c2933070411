import * as accessPatterns from './access-patterns.js';
import * as helpPatterns from './help-patterns.js';
import * as openActionPatterns from './open-action-patterns.js';
import * as requestVerbs from './request-verbs.js';
import * as sentencePatterns from './sentence-patterns.js';
import * as sentenceWords from './sentence-words.js';

/**
 * The words the sentence patterns and word classes read ("verzuimwijzer", "openstaande", "herinnering", "toegang"),
 * taken from the patterns themselves: the spelling corrector corrects a mistyped word towards them ("vrrzuimwijzer",
 * "herinnerimg"), so that a pattern still sees the word meant. Only whole letters of five or more count; a
 * pattern's escapes (`\b`, `\s`, `\w`) are no letters.
 */
export function patternWords(): readonly string[] {
  const words = new Set<string>();
  const modules = [accessPatterns, helpPatterns, openActionPatterns, requestVerbs, sentencePatterns, sentenceWords];
  for (const value of modules.flatMap((module) => Object.values(module) as unknown[])) {
    const source = value instanceof RegExp ? value.source : value instanceof Set ? [...value].join(' ') : undefined;
    for (const word of source?.replace(/\\[a-zA-Z]/g, ' ').match(/\p{Ll}{5,}/gu) ?? []) words.add(word);
  }
  return [...words];
}
