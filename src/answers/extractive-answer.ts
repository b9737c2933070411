import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { ProtocolAnswer } from './answer.js';
import type { Contradiction } from './contradictions.js';
import { findCaveat } from './caveat.js';
import { citationOf } from './citations.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import type { Passage } from './passages.js';
import { holdsAskedFact } from './question-type.js';
import type { Retrieval } from './retrieval.js';
import { foldText } from './text-folding.js';

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
/** Sections whose score is at least this share of the best one may contribute passages. */
const sectionScoreShare = 0.6;
const maxSections = 3;
/** Passages scoring at least this share of the best passage are kept. */
const passageScoreShare = 0.35;
const maxPassages = 5;
const maxCharacters = 700;
/** A sentence that introduces a list brings this many of its items along. */
const maxListItems = 8;
/** A section this small is shown whole: its items only make sense together. */
const smallSection = { passages: 5, characters: 460 };

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
 * Some passages answer nothing alone: a sentence ending in ":" introduces a list (its items, or the
 * headings of the subsections that follow), and a question ("Hoe weet een school …?") is answered by
 * the next sentence. Adds those to the list; returns the characters added.
 */
function bringAlong(
  passage: Passage,
  list: Passage[],
  index: KnowledgeIndex,
  knowledge: KnowledgeBase,
  asksReason = false,
): number {
  const all = index.passagesOf(passage.sectionId);
  let added: Passage[] = [];
  if (asksReason && passage.kind === 'sentence' && concludes.test(foldText(passage.text))) {
    // "… zijn we daarom begonnen": the reason asked for is the sentence before.
    const previous = all.filter((other) => other.position < passage.position && other.kind === 'sentence').at(-1);
    if (previous) added = [previous];
  } else if (passage.text.endsWith(':')) {
    added = all.filter((other) => other.kind === 'item' && other.lead === passage.text).slice(0, maxListItems);
    if (added.length === 0) {
      const children = [...knowledge.sections.values()].filter(
        (section) =>
          section.id.startsWith(`${passage.sectionId}/`) &&
          section.id.split('/').length === passage.sectionId.split('/').length + 1,
      );
      added = children.slice(0, maxListItems).map((child, position) => ({
        sectionId: passage.sectionId,
        position: passage.position + 0.01 * (position + 1),
        text: child.title,
        kind: 'item',
        lead: passage.text,
      }));
    }
  } else if (passage.text.endsWith('?') && passage.kind === 'sentence') {
    const next = all.find((other) => other.position > passage.position);
    if (next) added = [next];
  }
  const fresh = added.filter((other) => !list.some((existing) => existing.position === other.position));
  list.push(...fresh);
  return fresh.reduce((sum, other) => sum + other.text.length, 0);
}

/** A sentence that goes on from the one before it: it refers back or follows on. */
const continues =
  /^(de|het|dit|deze|die|dat|hij|zij|ze|daarbij|daarna|vervolgens|zo|hierbij|hierna|in dat geval|dan)\b/i;

/** Adds the sentence after `passage` when it goes on from it and fits in `room` characters; returns the characters
 * added. */
function bringContinuation(passage: Passage, list: Passage[], index: KnowledgeIndex, room: number): number {
  const next = index.passagesOf(passage.sectionId).find((other) => other.position > passage.position);
  if (!next || next.kind !== 'sentence' || list.includes(next) || next.text.length > room || !continues.test(next.text))
    return 0;
  list.push(next);
  return next.text.length;
}

/** A sentence that draws a conclusion from the one before it. */
const concludes = /\b(daarom|hierom|vandaar|om die reden|om deze reden|dat is de reden)\b/;

/** "Welke …", "wat zijn …": the question asks for a list; the top section's list is the answer. */
/** A list question takes its list from a section scoring at least this share of the top one (0.7–0.9 give the same
 * dev-set result). */
const listSectionShare = 0.8;
const asksForList = /^\s*(welke|wat zijn|wie zijn|wie zitten|noem)\b/i;
/** How much a passage holding the kind of fact asked for gains over one that does not (tuning part: 120 → 121 passes at
 * 1.25–2). */
const askedFactBoost = 1.5;

/** The passages chosen per section, and the one holding what a typed question asks for (shown first). */
type Selection = { readonly selected: Map<string, Passage[]>; readonly anchor?: Passage };

function selectPassages({
  retrieval,
  index,
  knowledge,
  question,
}: Pick<ExtractiveOptions, 'retrieval' | 'index' | 'knowledge'> & { readonly question: string }): Selection {
  const [top] = retrieval.hits;
  const selected = new Map<string, Passage[]>();
  if (!top) return { selected };
  const sections = retrieval.hits.filter((hit) => hit.score >= top.score * sectionScoreShare).slice(0, maxSections);
  // The sentence holding what the question asks for (a number, a role, a time, a place) ranks higher.
  const hits = index
    .searchPassages(
      retrieval.passageQuery,
      sections.map((hit) => hit.section.id),
      24,
    )
    .map((hit) =>
      holdsAskedFact(retrieval.asks, foldText(hit.passage.text)) ? { ...hit, score: hit.score * askedFactBoost } : hit,
    )
    .sort((left, right) => right.score - left.score);
  const typed = retrieval.asks !== 'other' && retrieval.asks !== 'list';
  const anchorIn = (sectionId: string) =>
    typed
      ? hits.find(
          (hit) => hit.passage.sectionId === sectionId && holdsAskedFact(retrieval.asks, foldText(hit.passage.text)),
        )?.passage
      : undefined;
  const topPassages = index.passagesOf(top.section.id);
  const topCharacters = topPassages.reduce((sum, passage) => sum + passage.text.length, 0);
  if (topPassages.length <= smallSection.passages && topCharacters <= smallSection.characters) {
    const list = [...topPassages];
    for (const passage of topPassages) bringAlong(passage, list, index, knowledge);
    selected.set(top.section.id, list);
    const anchor = anchorIn(top.section.id);
    return anchor ? { selected, anchor } : { selected };
  }
  if (asksForList.test(question)) {
    // The list is the answer: the best section that has one, when it scores about as well as the top.
    const listSection = retrieval.hits
      .filter((hit) => hit.score >= top.score * listSectionShare)
      .find((hit) => index.passagesOf(hit.section.id).filter((passage) => passage.kind === 'item').length >= 2);
    if (listSection) {
      const passages = index.passagesOf(listSection.section.id);
      const items = passages.filter((passage) => passage.kind === 'item').slice(0, maxListItems);
      const leads = passages.filter((passage) => items.some((item) => item.lead === passage.text));
      selected.set(listSection.section.id, [...leads, ...items]);
      return { selected };
    }
  }
  const best = hits[0]?.score ?? 0;
  let characters = 0;
  let count = 0;
  for (const hit of hits) {
    if (count >= maxPassages || hit.score < best * passageScoreShare) break;
    if (count > 0 && characters + hit.passage.text.length > maxCharacters) continue;
    const list = selected.get(hit.passage.sectionId) ?? [];
    if (list.includes(hit.passage)) continue;
    list.push(hit.passage);
    selected.set(hit.passage.sectionId, list);
    characters += hit.passage.text.length;
    count += 1;
    characters += bringAlong(hit.passage, list, index, knowledge, retrieval.asks === 'reason');
    // The best sentence often needs the one after it: "… blijkt dat school te weinig heeft gedaan" is
    // answered by "De contactpersoon … legt de leerling terug bij school" (tuning part: +2, dev set equal).
    if (count === 1 && hit.passage.kind === 'sentence')
      characters += bringContinuation(hit.passage, list, index, maxCharacters - characters);
  }
  if (count === 0 && topPassages[0]) selected.set(top.section.id, [topPassages[0]]);
  const anchor =
    typed && hits[0] && holdsAskedFact(retrieval.asks, foldText(hits[0].passage.text)) ? hits[0].passage : undefined;
  return anchor ? { selected, anchor } : { selected };
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

const asksContact =
  /\b(?:telefoonnummer|telnr|tel\.?\s*nr|nummer|e-?mail\s*adres|mailadres|emailadres|website|url|contactgegevens)\b/i;
const contactFact = /@|\bwww\.|https?:|\.nl\b|\b0\d{2,3}[- ]?\d{3}/;

/** Whether the passages hold a contact when the question asks for one (a number alone changed nothing on the tuning
 * part). */
function holdsWhatIsAsked(question: string, text: string): boolean {
  return !asksContact.test(question) || contactFact.test(text);
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
  const { selected, anchor } = selectPassages({ ...options, question: options.question ?? '' });
  // A question for a contact is answered only by passages that hold one: "wat is het mailadres
  // van onze jeugdarts?" finds the jeugdarts' section, which names no address.
  const shown = [...selected.values()]
    .flat()
    .map((passage) => passage.text)
    .join(' ');
  if (!holdsWhatIsAsked(options.question ?? '', shown)) return refuse();
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
