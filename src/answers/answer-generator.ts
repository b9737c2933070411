/**
 * A language model that rewrites the answer in better prose, grounded only in the given sections.
 * Implemented by `OpenAIAnswerGenerator`; tests use the loopback OpenAI stub.
 */
export type AnswerGenerator = {
  readonly generate: (request: GenerationRequest) => Promise<GenerationResult>;
};

export type GenerationRequest = {
  /** The question with pupil data removed (see `redactQuestion`). Never the raw text. */
  readonly redactedQuestion: string;
  readonly sections: readonly {
    readonly sectionId: string;
    readonly doc: string;
    readonly title: string;
    readonly text: string;
  }[];
  readonly signal: AbortSignal;
};

/** What the model answered: prose with the section ids it used, or a refusal when the sections do not say. */
export type GenerationResult =
  | { readonly kind: 'answer'; readonly answer: string; readonly sectionIds: readonly string[] }
  | { readonly kind: 'refusal' };
