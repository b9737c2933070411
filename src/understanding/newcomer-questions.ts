import { modeOfClause } from './sentence-mode.js';
import { foldWord } from './fuzzy-words.js';
import { learning, newColleague } from './sentence-patterns.js';

/**
 * Asking how things go here in general, as a newcomer learns them: "hoe werkt verzuim hier?", "wat moet ik weten?",
 * "waar begin ik?", "wat zijn de stappen bij verzuim?" — not a particular fact ("wie is hier de lpa?").
 */
const learnsInGeneral = new RegExp(
  String.raw`^(?:hoe\s+(?:werkt|werken|gaat|gaan|zit|doen|doe|pak|pakken|regel|regelen|loopt|ga)\b|` +
    String.raw`wat\s+(?:moet|moeten)\s+(?:ik|we|wij)\s+(?:\w+\s+)?(?:weten|doen)\b|waar\s+(?:begin|start|moet)\b|` +
    String.raw`wat\s+(?:is|houdt|zijn|betekent)\s+(?:(?:het|ons|onze|de|dat|die)\s+)?(?:verzuim\w*|protocol\w*|` +
    String.raw`regels|stappen|afspraken|aanpak|beleid)\b)`,
);

/**
 * A new colleague's question of a particular fact: "ik ben nieuw hier. Wie is bij ons de leerplichtambtenaar?", "ben
 * net begonnen, binnen hoeveel dagen bel ik ouders?" ask the documents; learning in general ("ik ben nieuw, hoe werkt
 * verzuim hier?"), a course, or a request to the bot besides the introduction, opens the onboarding.
 */
export function newcomerAsksAFact(clauses: readonly (readonly string[])[], folded: string): boolean {
  if (!newColleague.test(folded) || learning.test(folded)) return false;
  const said = clauses.map((clause) => ({ words: clause.join(' '), mode: modeOfClause(clause) }));
  return (
    said.every(({ words, mode }) => mode !== 'request' || newColleague.test(words)) &&
    said.some(({ words, mode }) => mode === 'question' && !newColleague.test(words) && !learnsInGeneral.test(words))
  );
}

/** A newcomer's introduction said as a clause of its own before the rest: "Ik ben nieuw hier, …", "Net begonnen. …". */
const introductionClause = /^\s*([^,.:;!?\n]{3,80}?)\s*[,.:;!?\n]+\s*(?=\S)/u;

/**
 * What follows a newcomer's introduction ("Ik ben nieuw hier, wie is de lpa?" → "wie is de lpa?"), when the
 * introduction is a clause of its own that asks nothing else (not "ik ben nieuw en wil de training doen").
 */
export function afterNewcomerIntroduction(told: string): string | undefined {
  const match = introductionClause.exec(told);
  if (!match) return undefined;
  const introduction = foldWord(match[1]!);
  const words = introduction.split(/\s+/).length;
  // Not what the newcomer knows or needs of the protocol: "als zij-instromer weet ik niks van verzuim".
  const aboutTheProtocol = /\b(?:\w*verzuim\w*|protocol\w*|leerplicht\w*|regels|aanpak|weet|ken)\b/.test(introduction);
  if (words > 10 || !newColleague.test(introduction) || learning.test(introduction) || aboutTheProtocol)
    return undefined;
  // The writer's own newness ("ik ben nieuw", "net begonnen"), not a new colleague told of ("nieuwe mentor begint …").
  if (!/\b(?:ik|ben)\b|^(?:mijn\s+)?(?:net|pas|sinds|eerste|onlangs|recent)\b/.test(introduction)) return undefined;
  return told.slice(match[0].length);
}

/**
 * What a newcomer asks after the introduction learns the protocol in general: to learn it, or a short question how
 * things go ("hoe werkt verzuim hier?") — not a particular one ("hoe ga je in het gesprek om met …?").
 */
export function learnsTheProtocol(rest: string): boolean {
  const folded = foldWord(rest).trim();
  const short = !folded.startsWith('hoe') || folded.split(/\s+/).length <= 8;
  return learning.test(folded) || (learnsInGeneral.test(folded) && short);
}
