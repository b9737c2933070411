import { defaultProtocol } from '../knowledge/load-protocol.js';
import type { ProtocolSource, ProtocolSourceKey } from '../knowledge/protocol.js';

/**
 * The knowledge sections the default region's rules come from (`knowledge/protocols/bossche/protocol.yaml`),
 * with the label shown as "Bron: …". A test checks every id resolves through `loadKnowledgeBase().getSection(id)`
 * and that the label names that section. The engine itself cites the sources of the protocol it is given.
 */
export const ruleSources: Readonly<Record<ProtocolSourceKey, RuleSource>> = defaultProtocol().sources;

export type RuleSourceKey = ProtocolSourceKey;
export type RuleSource = Readonly<ProtocolSource>;
