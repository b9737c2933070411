import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadGuideDefinition } from './guide-definition.js';
import { loadContradictions, resolveGuide, type ResolvedGuide } from './guide-sources.js';

let cached: ResolvedGuide | undefined;

/** The real guide, resolved against the real knowledge base: unit tests run on the protocol's data. */
export function testGuide(): ResolvedGuide {
  cached ??= resolveGuide({
    definition: loadGuideDefinition(),
    knowledge: loadKnowledgeBase(),
    contradictions: loadContradictions(),
  });
  return cached;
}

export const validPreparation = {
  pupilName: 'Sanne',
  age: '13',
  participants: 'leerling-en-ouders',
  parentsInformed: 'false',
  conversationDate: '2026-11-27',
  absenceOverview: 'Vijf ziekmeldingen in oktober',
  concern: 'Vaak ziek op maandag',
  criteria: 'opvallend,verspreid-over-maand',
} as const;
