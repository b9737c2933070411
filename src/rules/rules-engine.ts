import type { AdviceResult } from './advice.js';
import { adviseSituation } from './advise-situation.js';
import type { Contradiction as KnowledgeContradiction } from '../knowledge/contradictions.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { checkProtocolSources, loadProtocol } from '../knowledge/load-protocol.js';
import type { ProtocolDefinition } from '../knowledge/protocol.js';
import { protocolContradictions, type Contradiction } from './contradictions.js';
import { looksLikeSituation } from './looks-like-situation.js';
import { parseSituation } from './parse-situation.js';
import type { Situation } from './situation.js';

/** The "wat nu?" rules as one port, for the assistant and the bot. */
export type RulesEngine = {
  /** Whether the text describes a pupil's situation rather than asking about the protocol. */
  readonly looksLikeSituation: (text: string) => boolean;
  /** Parses the text and computes the advice (or the one question to ask). */
  readonly advise: (text: string) => AdviceResult;
  /** The advice for a situation already understood (the Situatie card), on the same protocol. */
  readonly adviseSituation: (situation: Situation) => AdviceResult;
};

export type RulesEngineOptions = {
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** The school's region protocol, loaded once at start. @default the Bossche protocol */
  readonly protocol?: ProtocolDefinition;
  /** @default `knowledge/contradictions.yaml` (for a protocol that names it) */
  readonly contradictions?: ReadonlyMap<string, Contradiction>;
};

/** @example createRulesEngine().advise('Sanne is 9 keer te laat gekomen, wat nu?') */
export function createRulesEngine({
  now = () => new Date(),
  protocol,
  contradictions,
}: RulesEngineOptions = {}): RulesEngine {
  const options = { ...(protocol ? { protocol } : {}), ...(contradictions ? { contradictions } : {}) };
  return {
    looksLikeSituation,
    advise: (text) => adviseSituation(parseSituation(text, { now }), options),
    adviseSituation: (situation) => adviseSituation(situation, options),
  };
}

export type RegionRulesEngineOptions = {
  /** A folder of `knowledge/protocols/` (the config's `protocolRegion`). */
  readonly region: string;
  /** The knowledge base loaded at start, for the section labels of the contradictions. */
  readonly knowledge: KnowledgeBase;
  /** `knowledge/contradictions.yaml` as loaded at start. */
  readonly contradictions: readonly KnowledgeContradiction[];
};

/**
 * The rules engine on a region's protocol, built once at start from what was loaded there. Throws when the
 * protocol is malformed or cites a section the knowledge base does not have, so start-up stops.
 * @example const rules = createRegionRulesEngine({ region: config.protocolRegion, knowledge, contradictions });
 */
export function createRegionRulesEngine({ region, knowledge, contradictions }: RegionRulesEngineOptions): RulesEngine {
  const protocol = loadProtocol({ region });
  checkProtocolSources(protocol, knowledge);
  return createRulesEngine({
    protocol,
    contradictions: protocolContradictions({ protocol, knowledge, contradictions }),
  });
}
