/** A malformed file in `knowledge/`: start-up stops instead of answering wrongly. */
export class KnowledgeFormatError extends Error {
  override name = 'KnowledgeFormatError';
}
