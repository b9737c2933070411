import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { ProtocolAnswer } from './answer.js';
import type { Contradiction } from './contradictions.js';
import { findCaveat } from './caveat.js';
import { citationOf } from './citations.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import type { Passage } from './passages.js';
import type { Retrieval } from './retrieval.js';
import { holdsWhatIsAsked } from './asked-facts.js';
import { selectPassages } from './select-passages.js';

/** The Dutch refusal; the closest section and the oco are named after it. */
export const notInProtocol = 'Dat staat niet in het protocol.';
export const askTheOco = 'Vraag het je ondersteuningscoördinator (oco).';

export type ExtractiveOptions = {
  /** The question as asked (its form decides whether a list is wanted). */
  readonly question?: string;
  readonly retrieval: Retrieval;
  readonly index: KnowledgeIndex;
  readonly knowledge: KnowledgeBase;
  readonly contradictions: readonly Contradiction[];
  /** Below this confidence the answer is `none`. */
  readonly threshold: number;
  /** Below this confidence the answer is `none` when the question holds a word the knowledge base never uses. */
  readonly unknownWordThreshold?: number;
};

/**
 * With a word the knowledge base does not know, the question must be covered at least this well.
 * Picked with the confidence threshold from the same curve (0.50: 28.6% false answers on the tuning
 * part as at 0.60, with 9.5% instead of 11.6% false refusals).
 */
export const defaultUnknownWordThreshold = 0.5;
function render(passages: readonly Passage[]): string {
  const lines: string[] = [];
  let lead: string | undefined;
  const shown = new Set(passages.map((passage) => passage.text));
  for (const passage of passages) {
    if (passage.kind === 'item') {
      if (passage.lead && passage.lead !== lead && !shown.has(passage.lead)) lines.push(passage.lead);
      lead = passage.lead;
      lines.push(`- ${passage.text}`);
    } else {
      lead = undefined;
      const previous = lines.at(-1);
      if (previous !== undefined && !previous.startsWith('- ') && previous !== '')
        lines[lines.length - 1] = `${previous} ${passage.text}`;
      else lines.push(passage.text);
    }
  }
  return lines.join('\n');
}

/**
 * A section's passages in the protocol's order, except that the one holding what the question asks for
 * comes first, with what it brings along (its list, or the sentence answering it).
 */
function ordered(passages: readonly Passage[], anchor: Passage | undefined): Passage[] {
  const byPosition = [...passages].sort((left, right) => left.position - right.position);
  if (!anchor || !byPosition.includes(anchor)) return byPosition;
  const next = byPosition.find((passage) => passage.position > anchor.position);
  const belongs = (passage: Passage) =>
    passage === anchor ||
    (anchor.text.endsWith(':') && passage.kind === 'item' && passage.lead === anchor.text) ||
    (anchor.text.endsWith('?') && passage === next);
  return [...byPosition.filter(belongs), ...byPosition.filter((passage) => !belongs(passage))];
}

/** "onze school", "bij ons", "onze lpa": this school's own, not what the protocol says for every school. */
const ownSchool = new RegExp(
  String.raw`\b(?:onze\s+school|bij\s+ons|op\s+(?:onze|deze)\s+school|` +
    String.raw`onze\s+(?:lpa|leerplichtambtenaar|jeugdarts|oco|ggd|ib'?er))\b`,
  'i',
);

/** "hoeveel thuiszitters zijn er op dit moment?": the documents are reports of past years, not today's figures. */
const now = String.raw`(?:op\s+dit\s+moment|momenteel|actueel|nu\s+op|op\s+het\s+moment)`;
const asksCurrentFigure = new RegExp(
  String.raw`\b(?:hoeveel|hoe\s+lang|hoe\s+groot|hoe\s+veel)\b[^?]*\b${now}\b|` +
    String.raw`\b${now}\b[^?]*\b(?:hoeveel|hoe\s+lang)\b`,
  'i',
);
/** "hoe zet ik in Magister een absentie om?": operating the school's own software, which no document describes. */
const software = String.raw`(?:magister|somtoday|parnassys|eduarte|esis)`;
const asksSoftwareHowTo = new RegExp(
  String.raw`\bhoe\s+(?:zet|voer|pas|verander|wijzig|maak|registreer|boek|verwerk|vink|doe)\s+(?:ik|je|we|jij)\b` +
    String.raw`[^?]*\b(?:in|via)\s+(?:${software}|het\s+(?:lvs|systeem|leerlingvolgsysteem))\b|` +
    String.raw`\bin\s+${software}\b[^?]*\bhoe\b`,
  'i',
);

function asksOwnSchoolFact(question: string, asks: Retrieval['asks']): boolean {
  return ownSchool.test(question) && (asks === 'number' || asks === 'time' || asks === 'place');
}

/**
 * The embedded answer: the best sentences and list items of the top sections, in the protocol's
 * order, with their sources — or an honest "not in the protocol" below the confidence threshold.
 */
export function composeExtractiveAnswer(options: ExtractiveOptions): ProtocolAnswer {
  const { retrieval, knowledge, threshold, unknownWordThreshold = defaultUnknownWordThreshold } = options;
  const [top] = retrieval.hits;
  // A word the knowledge base never uses ("wifi", "herfstvakantie") marks a question it cannot answer,
  // unless the rest of the question is covered well.
  const unknownWord = retrieval.concepts.some((concept) => concept.unknown);
  const refuse = () => {
    const closest = top ? citationOf(knowledge, top.section) : undefined;
    const pointer = closest ? ` Het dichtstbij komt ${closest.doc} — ${closest.section}.` : '';
    return {
      kind: 'none',
      answer: `${notInProtocol}${pointer} ${askTheOco}`,
      citations: [],
      ...(closest ? { closest } : {}),
      generated: false,
      confidence: retrieval.confidence,
      redactedQuestion: retrieval.redactedQuestion,
    } as const;
  };
  if (!top || retrieval.confidence < threshold || (unknownWord && retrieval.confidence < unknownWordThreshold))
    return refuse();
  // A product, place, law or holiday the documents never name ("in Somtoday", "volgens de AVG", "het Suikerfeest"):
  // whatever else matches, they do not answer it. Tuning part: false answers 18 -> 13 of 108, false refusals equal
  // (51); frozen 26 -> 23 of 112, false refusals equal; dev unchanged. Refusing only below a confidence of 0.8
  // measured the same on the tuning part.
  if (retrieval.foreignNames > 0) return refuse();
  const { selected, anchor } = selectPassages({ ...options, question: options.question ?? '' });
  // A question for a contact is answered only by passages that hold one: "wat is het mailadres
  // van onze jeugdarts?" finds the jeugdarts' section, which names no address.
  const shown = [...selected.values()]
    .flat()
    .map((passage) => passage.text)
    .join(' ');
  // Read in the question as corrected: "hoeveel dagen ondudelijk verzuim" counts the "onduidelijk" the text writes.
  if (!holdsWhatIsAsked(retrieval.correctedQuestion, shown)) return refuse();
  // "wanneer is de volgende zat bij ons op school?", "hoeveel meldingen heeft onze school gedaan?": the
  // protocol is the same for every school and holds no school's own dates, counts or contacts.
  if (asksOwnSchoolFact(options.question ?? '', retrieval.asks)) return refuse();
  // Today's figures and the school's own software are in no document (tuning part: false answers 15 → 11 of 92,
  // passes 580 → 584; false refusals unchanged).
  if (asksCurrentFigure.test(options.question ?? '') || asksSoftwareHowTo.test(options.question ?? '')) return refuse();
  // The section holding the asked-for fact comes first, then the others in the search's order.
  const order = retrieval.hits
    .map((hit) => hit.section.id)
    .filter((id) => selected.has(id))
    .sort((left, right) => Number(right === anchor?.sectionId) - Number(left === anchor?.sectionId));
  const blocks = order.map((id) => render(ordered(selected.get(id)!, anchor)));
  const citations = order.map((id) => citationOf(knowledge, knowledge.getSection(id)!));
  const caveat = findCaveat({
    concepts: retrieval.concepts,
    citedSectionIds: order,
    contradictions: options.contradictions,
    index: options.index,
    knowledge,
  });
  const answer = [...blocks, ...(caveat ? [caveat.text] : [])].join('\n\n');
  return {
    kind: 'knowledge',
    answer,
    citations,
    generated: false,
    confidence: retrieval.confidence,
    redactedQuestion: retrieval.redactedQuestion,
    ...(caveat ? { caveat } : {}),
  };
}
