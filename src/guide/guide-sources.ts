import { loadContradictions as readContradictions, type Contradiction } from '../knowledge/contradictions.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { sectionLabel } from '../knowledge/section-label.js';
import { citedContradictionIds, citedSectionIds, type GuideDefinition } from './guide-definition.js';

/** Where the protocol contradicts itself: every reading, each with its source. */
export type GuideContradiction = {
  readonly id: string;
  readonly summary: string;
  readonly readings: readonly { readonly text: string; readonly sectionId: string; readonly source: string }[];
};

/** The definition with its sources resolved against the knowledge base: what the cards show. */
export type ResolvedGuide = {
  readonly definition: GuideDefinition;
  /** "Bossche protocol, Bijlage 2 – Afspraken maken" for a section id. */
  readonly sourceOf: (sectionId: string) => string;
  readonly contradiction: (id: string | undefined) => GuideContradiction | undefined;
};

export class GuideDefinitionError extends Error {
  override name = 'GuideDefinitionError';
}

export type ContradictionList = readonly Contradiction[];

/** Reads `knowledge/contradictions.yaml` (through src/knowledge, which owns it). */
export function loadContradictions(directory?: string): ContradictionList {
  return readContradictions(directory);
}

function sourceLabel(knowledge: KnowledgeBase, sectionId: string): string {
  const section = knowledge.getSection(sectionId);
  if (!section) throw new GuideDefinitionError(`unknown section ${sectionId}`);
  return sectionLabel(knowledge, section, 'guide');
}

export type ResolveGuideOptions = {
  readonly definition: GuideDefinition;
  readonly knowledge: KnowledgeBase;
  readonly contradictions: ContradictionList;
};

/**
 * Checks that every section and contradiction the guide cites exists, and precomputes the source labels.
 * Throws a {@link GuideDefinitionError} otherwise, so a broken guide stops start-up.
 * @example const guide = resolveGuide({ definition: loadGuideDefinition(), knowledge, contradictions });
 */
export function resolveGuide({ definition, knowledge, contradictions }: ResolveGuideOptions): ResolvedGuide {
  const missing = citedSectionIds(definition).filter((id) => !knowledge.getSection(id));
  if (missing.length > 0)
    throw new GuideDefinitionError(`gespreksleidraad.yaml cites unknown sections: ${missing.join(', ')}`);
  const byId = new Map<string, GuideContradiction>();
  for (const id of citedContradictionIds(definition)) {
    const entry = contradictions.find((candidate) => candidate.id === id);
    if (!entry) throw new GuideDefinitionError(`gespreksleidraad.yaml cites unknown contradiction ${id}`);
    byId.set(id, {
      id,
      summary: entry.summary,
      readings: entry.readings.map((reading) => ({
        text: reading.text,
        sectionId: reading.sectionId,
        source: sourceLabel(knowledge, reading.sectionId),
      })),
    });
  }
  const labels = new Map<string, string>();
  const sourceOf = (sectionId: string) => {
    let label = labels.get(sectionId);
    if (!label) {
      label = sourceLabel(knowledge, sectionId);
      labels.set(sectionId, label);
    }
    return label;
  };
  return { definition, sourceOf, contradiction: (id) => (id ? byId.get(id) : undefined) };
}
