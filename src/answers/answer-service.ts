import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { ProtocolAnswer } from './answer.js';
import type { AnswerGenerator } from './answer-generator.js';
import { citationOf } from './citations.js';
import { loadContradictions, type Contradiction } from './contradictions.js';
import { askTheOco, composeExtractiveAnswer, defaultUnknownWordThreshold, notInProtocol } from './extractive-answer.js';
import { buildKnowledgeIndex, type KnowledgeIndex } from './knowledge-index.js';
import { wordPairsOf } from './word-pairs.js';
import { neighboursOf, retrieve } from './retrieval.js';
import { loadVocabulary, type Vocabulary } from './vocabulary.js';

/**
 * Below this confidence (share of the question the best section covers) the answer is "niet in het
 * protocol". Picked from the refusal curve on the corpus's tuning part (`npm run eval -- --curve`, 759
 * questions, 92 unanswerable), with the passage questions' words counted as their sections' words and confidence
 * taken over the search's best section or the one answered from, whichever covers more. Pass / false refusals /
 * false answers: 0.32 583 / 41 / 20, 0.36 584 / 41 / 19, 0.40 580 / 50 / 17, 0.45 578 / 54 / 15, 0.50 572 / 63 /
 * 15. At 0.45 the false answers are below what they were before either change (16), and the dev set keeps 104 of
 * 109 with no false refusal or false answer (below 0.45 it answers one unanswerable question).
 */
export const defaultConfidenceThreshold = 0.45;
/**
 * The threshold for a question that names one of the bot's capabilities (see `AnswerOptions.onTopic`). Chosen
 * on the tuning parts: questions about a capability answered 144 → 148 of 154 at 0.1 (the same at 0.05), the
 * protocol questions' pass, false refusals and false answers unchanged.
 */
export const onTopicThreshold = 0.1;

export type AnswerServiceOptions = {
  readonly knowledge: KnowledgeBase;
  /** @default built from `knowledge` */
  readonly index?: KnowledgeIndex;
  /** @default `knowledge/vocabulary.yaml` */
  readonly vocabulary?: Vocabulary;
  /** @default `knowledge/contradictions.yaml` */
  readonly contradictions?: readonly Contradiction[];
  /** A language model for better prose; without one every answer is the embedded extractive one. */
  readonly generator?: AnswerGenerator;
  /** How long the generator may take before the extractive answer goes out instead. @default 8000 */
  readonly timeBudgetMs?: number;
  /** @default {@link defaultConfidenceThreshold} */
  readonly threshold?: number;
  /** The confidence needed when the question holds a word the knowledge base never uses. @default {@link
   * defaultUnknownWordThreshold} */
  readonly unknownWordThreshold?: number;
  /** Called when a generative answer fails or runs out of time (for logging; never with pupil data). */
  readonly onGeneratorFallback?: (event: {
    readonly reason: 'timeout' | 'error' | 'invalid';
    readonly errorName?: string;
  }) => void;
};

export type AnswerOptions = {
  readonly signal?: AbortSignal;
  /**
   * The question names something the bot does for the protocol (the aanmeldformulier, the verzuimcoach,
   * the verzuimgesprek): it is about the protocol, so less of it needs to be found before it is answered.
   */
  readonly onTopic?: boolean;
};

export type AnswerService = {
  readonly answer: (question: string, options?: AnswerOptions) => Promise<ProtocolAnswer>;
  /** The embedded answer only, synchronously (eval, bench). */
  readonly answerExtractive: (question: string) => ProtocolAnswer;
  /** Whether answers may be written by a language model (the bot shows a typing indicator then). */
  readonly generative: boolean;
  readonly index: KnowledgeIndex;
};

/** Sections sent to the model: the cited ones plus the next best, at most this many. */
const maxGroundingSections = 4;

class GenerationTimeoutError extends Error {
  override name = 'GenerationTimeoutError';
}

/**
 * Answers protocol questions from the knowledge base.
 * @example const answers = createAnswerService({ knowledge }); const reply = await answers.answer('wat is de MAS?');
 */
export function createAnswerService({
  knowledge,
  index = buildKnowledgeIndex(knowledge),
  vocabulary = loadVocabulary(),
  contradictions = loadContradictions(),
  generator,
  timeBudgetMs = 8000,
  threshold = defaultConfidenceThreshold,
  unknownWordThreshold = defaultUnknownWordThreshold,
  onGeneratorFallback,
}: AnswerServiceOptions): AnswerService {
  // The section questions' own index and the word pairs are built with the rest, at start, not on the first question.
  neighboursOf(index, knowledge);
  wordPairsOf(index, knowledge);
  const extractive = (question: string, onTopic = false) => {
    const retrieval = retrieve({ question, index, knowledge, vocabulary });
    return {
      retrieval,
      answer: composeExtractiveAnswer({
        question,
        retrieval,
        index,
        knowledge,
        contradictions,
        threshold: onTopic ? Math.min(threshold, onTopicThreshold) : threshold,
        unknownWordThreshold,
      }),
    };
  };

  const generate = async (
    question: string,
    { retrieval, answer }: ReturnType<typeof extractive>,
    signal?: AbortSignal,
  ): Promise<ProtocolAnswer> => {
    if (!generator || answer.kind === 'none') return answer;
    const cited = answer.citations.map((citation) => citation.sectionId);
    const sectionIds = [...new Set([...cited, ...retrieval.hits.map((hit) => hit.section.id)])].slice(
      0,
      Math.max(maxGroundingSections, cited.length),
    );
    const sections = sectionIds.map((id) => {
      const section = knowledge.getSection(id)!;
      return { sectionId: id, doc: knowledge.documentOf(section).shortTitle, title: section.title, text: section.body };
    });
    const controller = new AbortController();
    const abort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', abort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        generator.generate({ redactedQuestion: retrieval.redactedQuestion, sections, signal: controller.signal }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new GenerationTimeoutError(`no answer within ${timeBudgetMs} ms`)),
            timeBudgetMs,
          );
        }),
      ]);
      if (result.kind === 'refusal') {
        const closest = answer.citations[0];
        return {
          kind: 'none',
          answer:
            `${notInProtocol}` +
            `${closest ? ` Het dichtstbij komt ${closest.doc} — ${closest.section}.` : ''} ${askTheOco}`,
          citations: [],
          ...(closest ? { closest } : {}),
          generated: true,
          confidence: answer.confidence,
          redactedQuestion: answer.redactedQuestion,
        };
      }
      const allowed = new Set(sectionIds);
      const used = result.sectionIds.filter((id) => allowed.has(id));
      if (result.answer.trim().length === 0 || used.length === 0) {
        onGeneratorFallback?.({ reason: 'invalid' });
        return answer;
      }
      const citations = used.map((id) => citationOf(knowledge, knowledge.getSection(id)!));
      const text = [result.answer.trim(), ...(answer.caveat ? [answer.caveat.text] : [])].join('\n\n');
      return { ...answer, answer: text, citations, generated: true };
    } catch (error) {
      onGeneratorFallback?.({
        reason: error instanceof GenerationTimeoutError ? 'timeout' : 'error',
        errorName: (error as Error).name,
      });
      return answer;
    } finally {
      clearTimeout(timer);
      controller.abort();
      signal?.removeEventListener('abort', abort);
    }
  };

  return {
    index,
    generative: Boolean(generator),
    answerExtractive: (question) => extractive(question).answer,
    answer: async (question, options = {}) => generate(question, extractive(question, options.onTopic), options.signal),
  };
}
