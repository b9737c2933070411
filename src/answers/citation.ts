/**
 * Where an answer comes from: a section of a knowledge document. Shared by protocol answers and the
 * "wat nu?" rules, and printed as-is by the `ask` command.
 */
export type Citation = {
  /** The document's short title (how staff call it), e.g. "Bossche protocol". */
  readonly doc: string;
  /** The section's heading text. */
  readonly section: string;
  /** The section id, e.g. `bossche-protocol/bijlage-1/te-laat-komen`. */
  readonly sectionId: string;
};
