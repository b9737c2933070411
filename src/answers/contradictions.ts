import { z } from 'zod';
import { loadKnowledgeData } from '../knowledge/knowledge-base.js';

export const contradictionsSchema = z.array(
  z.object({
    id: z.string().min(1),
    topic: z.string().min(1),
    summary: z.string().min(1),
    readings: z.array(z.object({ text: z.string().min(1), sectionId: z.string().min(1) })).min(2),
  }),
);
export type Contradiction = z.infer<typeof contradictionsSchema>[number];

/** Loads `knowledge/contradictions.yaml`: where the Bossche protocol contradicts itself. */
export function loadContradictions(directory?: string): Contradiction[] {
  return loadKnowledgeData('contradictions.yaml', contradictionsSchema, directory);
}
