// The contradictions are loaded, with their one schema, by src/knowledge; the answers take them from there.
export { contradictionsSchema, loadContradictions } from '../knowledge/contradictions.js';
export type { Contradiction } from '../knowledge/contradictions.js';
