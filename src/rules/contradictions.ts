import { z } from 'zod';
import { loadKnowledgeBase, loadKnowledgeData, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import { sectionLabel } from './section-label.js';

export const contradictionSchema = z.object({
  id: z.string().min(1),
  topic: z.string(),
  summary: z.string().min(1),
  readings: z.array(z.object({ text: z.string().min(1), sectionId: z.string().min(1) })).min(2),
});
export type Contradiction = z.infer<typeof contradictionSchema> & {
  /** Each reading's section as "Bron: …" names it. */
  readonly labels: readonly string[];
};

export const contradictionsSchema = z.array(contradictionSchema);

/** The ids of `knowledge/contradictions.yaml` the rules refer to; a test checks each exists there. */
export type ContradictionId =
  | 'langdurig-ziek-drempel'
  | 'spijbelen-schaal'
  | 'spijbelen-stappen-bijlage-1-sluiten-niet-aan'
  | 'spijbelen-meerdere-dagdelen'
  | 'opnieuw-verzuim-na-preventief-gesprek'
  | 'telperiode-ontbreekt'
  | 'tijdig-melden-ongedefinieerd'
  | 'ouders-betrekken-leeftijd'
  | 'preventief-gesprek-terugkoppeling'
  | 'preventief-gesprek-rol-leerplicht'
  | 'preventief-gesprek-wie-uitnodigen'
  | 'preventief-spreekuur-uitsluitingen'
  | 'jeugdarts-no-show'
  | 'jeugdarts-inschakelen-drempel'
  | 'mentor-contact-termijn'
  | 'thuiszitter-termijn'
  | 'geen-overeenstemming-route'
  | 'doorbraak-wie-schaalt-op'
  | 'doorbraak-wanneer'
  | 'casusverantwoordelijke-aanwijzing'
  | 'verkeerde-verwijzingen'
  | 'toestemming-terugkoppeling'
  | 'ontbrekende-documenten';

let cached: ReadonlyMap<string, Contradiction> | undefined;

/** `knowledge/contradictions.yaml` by id, with section labels from the knowledge base; read once by default. */
export function loadContradictions(knowledge?: KnowledgeBase): ReadonlyMap<string, Contradiction> {
  if (cached && !knowledge) return cached;
  const base = knowledge ?? loadKnowledgeBase();
  const entries = loadKnowledgeData('contradictions.yaml', contradictionsSchema).map(
    (entry): [string, Contradiction] => [
      entry.id,
      { ...entry, labels: entry.readings.map((reading) => sectionLabel(base, reading.sectionId)) },
    ],
  );
  const map = new Map(entries);
  if (!knowledge) cached = map;
  return map;
}
