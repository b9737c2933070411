import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { ProtocolAnswer } from './answer.js';
import type { Contradiction } from './contradictions.js';
import { findCaveat } from './caveat.js';
import { citationOf } from './citations.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import type { Passage } from './passages.js';
import type { Retrieval } from './retrieval.js';

/** The Dutch refusal; the closest section and the oco are named after it. */
export const notInProtocol = 'Dat staat niet in het protocol.';
export const askTheOco = 'Vraag het je ondersteuningscoördinator (oco).';

export type ExtractiveOptions = {
  readonly retrieval: Retrieval;
  readonly index: KnowledgeIndex;
  readonly knowledge: KnowledgeBase;
  readonly contradictions: readonly Contradiction[];
  /** Below this confidence the answer is `none`. */
  readonly threshold: number;
};

/** Sections whose score is at least this share of the best one may contribute passages. */
const sectionScoreShare = 0.6;
const maxSections = 3;
/** Passages scoring at least this share of the best passage are kept. */
const passageScoreShare = 0.45;
const maxPassages = 4;
const maxCharacters = 520;
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
      if (previous !== undefined && !previous.startsWith('- ') && previous !== '') lines[lines.length - 1] = `${previous} ${passage.text}`;
      else lines.push(passage.text);
    }
  }
  return lines.join('\n');
}

function selectPassages({ retrieval, index }: Pick<ExtractiveOptions, 'retrieval' | 'index'>): Map<string, Passage[]> {
  const [top] = retrieval.hits;
  const selected = new Map<string, Passage[]>();
  if (!top) return selected;
  const sections = retrieval.hits.filter((hit) => hit.score >= top.score * sectionScoreShare).slice(0, maxSections);
  const topPassages = index.passagesOf(top.section.id);
  const topCharacters = topPassages.reduce((sum, passage) => sum + passage.text.length, 0);
  if (topPassages.length <= smallSection.passages && topCharacters <= smallSection.characters) {
    selected.set(top.section.id, [...topPassages]);
    return selected;
  }
  const hits = index.searchPassages(retrieval.query, sections.map((hit) => hit.section.id), 24);
  const best = hits[0]?.score ?? 0;
  let characters = 0;
  let count = 0;
  for (const hit of hits) {
    if (count >= maxPassages || hit.score < best * passageScoreShare) break;
    if (count > 0 && characters + hit.passage.text.length > maxCharacters) continue;
    const list = selected.get(hit.passage.sectionId) ?? [];
    list.push(hit.passage);
    selected.set(hit.passage.sectionId, list);
    characters += hit.passage.text.length;
    count += 1;
  }
  if (count === 0 && topPassages[0]) selected.set(top.section.id, [topPassages[0]]);
  return selected;
}

/**
 * The embedded answer: the best sentences and list items of the top sections, in the protocol's
 * order, with their sources — or an honest "not in the protocol" below the confidence threshold.
 */
export function composeExtractiveAnswer(options: ExtractiveOptions): ProtocolAnswer {
  const { retrieval, knowledge, threshold } = options;
  const [top] = retrieval.hits;
  if (!top || retrieval.confidence < threshold) {
    const closest = top ? citationOf(knowledge, top.section) : undefined;
    const pointer = closest ? ` Het dichtstbij komt ${closest.doc} — ${closest.section}.` : '';
    return { kind: 'none', answer: `${notInProtocol}${pointer} ${askTheOco}`, citations: [], ...(closest ? { closest } : {}), generated: false, confidence: retrieval.confidence };
  }
  const selected = selectPassages(options);
  const order = retrieval.hits.map((hit) => hit.section.id).filter((id) => selected.has(id));
  const blocks = order.map((id) => render([...selected.get(id)!].sort((left, right) => left.position - right.position)));
  const citations = order.map((id) => citationOf(knowledge, knowledge.getSection(id)!));
  const caveat = findCaveat({ concepts: retrieval.concepts, citedSectionIds: order, contradictions: options.contradictions, index: options.index, knowledge });
  const answer = [...blocks, ...(caveat ? [caveat.text] : [])].join('\n\n');
  return { kind: 'knowledge', answer, citations, generated: false, confidence: retrieval.confidence, ...(caveat ? { caveat } : {}) };
}
