import { z } from 'zod';
import { defaultKnowledgeDirectory, loadKnowledgeData } from './knowledge-base.js';

/** One point where the sources disagree, with every reading and the section it comes from. */
export const contradictionSchema = z.object({
  id: z.string().min(1),
  topic: z.string().min(1),
  summary: z.string().min(1),
  readings: z.array(z.object({ text: z.string().min(1), sectionId: z.string().min(1) })).min(2),
});
export type Contradiction = z.infer<typeof contradictionSchema>;

export const contradictionsSchema = z.array(contradictionSchema);

/** The file of `knowledge/` the Bossche protocol's contradictions are in. */
export const defaultContradictionsFile = 'contradictions.yaml';

/**
 * Reads and validates `knowledge/contradictions.yaml` (or another file of contradictions): where the
 * protocol contradicts itself. Load it once at start and pass it to the answers, the guide and the rules.
 * @example const contradictions = loadContradictions();
 */
export function loadContradictions(
  directory: string = defaultKnowledgeDirectory,
  fileName: string = defaultContradictionsFile,
): Contradiction[] {
  return loadKnowledgeData(fileName, contradictionsSchema, directory);
}
