import { defaultProtocol } from '../knowledge/load-protocol.js';
import type { ProtocolThresholds } from '../knowledge/protocol.js';

/**
 * The default region's numbers (`knowledge/protocols/bossche/protocol.yaml`), for callers outside the engine
 * (the case deadlines). The engine reads the thresholds of the protocol it is given.
 */
export const thresholds: ProtocolThresholds = defaultProtocol().thresholds;
