import type { ProtocolDefinition } from '../knowledge/protocol.js';
import {
  defaultContradictionsFile,
  loadContradictions as readContradictions,
  type Contradiction as KnowledgeContradiction,
} from '../knowledge/contradictions.js';
import { defaultKnowledgeDirectory, loadKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import { sectionLabel } from '../knowledge/section-label.js';

/** A documented contradiction as the advice shows it. */
export type Contradiction = KnowledgeContradiction & {
  /** Each reading's section as "Bron: …" names it. */
  readonly labels: readonly string[];
};

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

/**
 * The contradictions by id, with each reading's section label from the knowledge base.
 * @example contradictionMap(loadContradictions(), knowledge).get('telperiode-ontbreekt')
 */
export function contradictionMap(
  contradictions: readonly KnowledgeContradiction[],
  knowledge: KnowledgeBase,
): ReadonlyMap<string, Contradiction> {
  return new Map(
    contradictions.map((entry): [string, Contradiction] => [
      entry.id,
      {
        ...entry,
        labels: entry.readings.map((reading) => {
          const section = knowledge.getSection(reading.sectionId);
          return section ? sectionLabel(knowledge, section, 'rule') : reading.sectionId;
        }),
      },
    ]),
  );
}

export type ProtocolContradictionsOptions = {
  readonly protocol: ProtocolDefinition;
  readonly knowledge: KnowledgeBase;
  /** The contradictions already loaded at start, used when the protocol names the default file. */
  readonly contradictions?: readonly KnowledgeContradiction[];
};

/** The contradictions a region's advice shows: those of the file its protocol names, none when it names none. */
export function protocolContradictions({
  protocol,
  knowledge,
  contradictions,
}: ProtocolContradictionsOptions): ReadonlyMap<string, Contradiction> {
  if (protocol.contradictions === undefined) return new Map();
  const entries =
    contradictions && protocol.contradictions === defaultContradictionsFile
      ? contradictions
      : readContradictions(defaultKnowledgeDirectory, protocol.contradictions);
  return contradictionMap(entries, knowledge);
}

let cached: ReadonlyMap<string, Contradiction> | undefined;

/** `knowledge/contradictions.yaml` by id, with section labels from the knowledge base; read once by default. */
export function loadContradictions(knowledge?: KnowledgeBase): ReadonlyMap<string, Contradiction> {
  if (cached && !knowledge) return cached;
  const map = contradictionMap(readContradictions(), knowledge ?? loadKnowledgeBase());
  if (!knowledge) cached = map;
  return map;
}
