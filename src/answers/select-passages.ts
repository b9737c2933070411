import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import type { Passage } from './passages.js';
import { holdsAskedFact } from './question-type.js';
import type { Retrieval } from './retrieval.js';
import { foldText } from './text-folding.js';

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

/** Passages' folded text: the knowledge base's own, so folded once, not on every question. */
const foldedPassages = new WeakMap<Passage, string>();
function foldedText(passage: Passage): string {
  let folded = foldedPassages.get(passage);
  if (folded === undefined) foldedPassages.set(passage, (folded = foldText(passage.text)));
  return folded;
}

/**
 * A near staff question's quote counts when its question scores at least this share of the nearest one, and its
 * passage then scores at least this weight times the best passage's score times that share: just above the best.
 * Chosen on the tuning part (759 questions, 541 passes without quotes): 0.8 / 1.05 gave 560, 0.9 556, 0.5–0.7
 * 563–564, weight 1.0 557, 1.3 553 (a passage far above the rest pushes the others out of the answer).
 */
const quoteShare = 0.6;
const quoteWeight = 1.05;

/**
 * The passages that answer the staff questions nearest this one gain: the section's own words for what was asked
 * (`knowledge/section-questions/`), even where the question words it otherwise ("juist niet geschikt" for a
 * "contra-indicatie").
 */
function withQuotedAnswers<Hit extends { readonly passage: Passage; readonly score: number }>(
  hits: readonly Hit[],
  quotes: Retrieval['answerQuotes'],
  index: KnowledgeIndex,
): { readonly passage: Passage; readonly score: number; readonly quoted: boolean }[] {
  const best = Math.max(0, ...hits.map((hit) => hit.score));
  const gains = new Map<Passage, number>();
  for (const { sectionId, quote, share } of quotes) {
    if (share < quoteShare) continue;
    const folded = foldText(quote);
    const passage = index.passagesOf(sectionId).find((candidate) => foldedText(candidate).includes(folded));
    if (passage) gains.set(passage, Math.max(gains.get(passage) ?? 0, quoteWeight * best * share));
  }
  const scored = hits.map((hit) => ({
    passage: hit.passage,
    score: Math.max(hit.score, gains.get(hit.passage) ?? 0),
    quoted: gains.has(hit.passage),
  }));
  const missing = [...gains].filter(([passage]) => !hits.some((hit) => hit.passage === passage));
  return [...scored, ...missing.map(([passage, score]) => ({ passage, score, quoted: true }))];
}

/** The passages chosen per section, and the one holding what a typed question asks for (shown first). */
export type Selection = { readonly selected: Map<string, Passage[]>; readonly anchor?: Passage };

/** Chooses the passages of the best sections that answer the question. */
export function selectPassages({
  retrieval,
  index,
  knowledge,
  question,
}: {
  readonly retrieval: Retrieval;
  readonly index: KnowledgeIndex;
  readonly knowledge: KnowledgeBase;
  readonly question: string;
}): Selection {
  const [top] = retrieval.hits;
  const selected = new Map<string, Passage[]>();
  if (!top) return { selected };
  const sections = retrieval.hits.filter((hit) => hit.score >= top.score * sectionScoreShare).slice(0, maxSections);
  // The sentence holding what the question asks for (a number, a role, a time, a place) ranks higher.
  const searched = index
    .searchPassages(
      retrieval.passageQuery,
      sections.map((hit) => hit.section.id),
      24,
    )
    .map((hit) =>
      holdsAskedFact(retrieval.asks, foldedText(hit.passage)) ? { ...hit, score: hit.score * askedFactBoost } : hit,
    );
  const hits = withQuotedAnswers(
    searched,
    retrieval.answerQuotes.filter(({ sectionId }) => sections.some((hit) => hit.section.id === sectionId)),
    index,
  ).sort((left, right) => right.score - left.score);
  const typed = retrieval.asks !== 'other' && retrieval.asks !== 'list';
  const anchorIn = (sectionId: string) =>
    typed
      ? hits.find(
          (hit) => hit.passage.sectionId === sectionId && holdsAskedFact(retrieval.asks, foldedText(hit.passage)),
        )?.passage
      : undefined;
  const topPassages = index.passagesOf(top.section.id);
  const topCharacters = topPassages.reduce((sum, passage) => sum + passage.text.length, 0);
  if (topPassages.length <= smallSection.passages && topCharacters <= smallSection.characters) {
    const list = [...topPassages];
    for (const passage of topPassages) bringAlong(passage, list, index, knowledge);
    selected.set(top.section.id, list);
    const quoted = hits.find((hit) => hit.quoted && hit.passage.sectionId === top.section.id && hit === hits[0]);
    const anchor = quoted?.passage ?? anchorIn(top.section.id);
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
  // The passage answering the nearest staff question, or holding the kind of fact asked for, is shown first.
  const anchor =
    hits[0] && (hits[0].quoted || (typed && holdsAskedFact(retrieval.asks, foldedText(hits[0].passage))))
      ? hits[0].passage
      : undefined;
  return anchor ? { selected, anchor } : { selected };
}
