import { modeOfClause } from './sentence-mode.js';
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
