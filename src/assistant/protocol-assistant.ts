import type { Config } from '../config.js';
import { createAnswerService, type AnswerService, type AnswerServiceOptions } from '../answers/answer-service.js';
import { createOpenAIAnswerGenerator, createOpenAIClient } from '../answers/openai-answer-generator.js';
import type { Contradiction } from '../knowledge/contradictions.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { RulesEngine } from '../rules/rules-engine.js';
import { createAssistant, type Assistant } from './respond.js';

export type ProtocolAssistantOptions = {
  readonly knowledge: KnowledgeBase;
  readonly config: Pick<Config, 'openAI' | 'answerTimeBudgetMs'>;
  readonly onGeneratorFallback?: AnswerServiceOptions['onGeneratorFallback'];
  /** Loaded once at start. @default `knowledge/contradictions.yaml` */
  readonly contradictions?: readonly Contradiction[];
  /** The "wat nu?" rules on the school's region protocol. @default createRulesEngine() (Bossche) */
  readonly rules?: RulesEngine;
};

/**
 * The answer service (generative when OpenAI or Azure OpenAI is configured) and the assistant on top of
 * it, as the bot and the `ask` command both build them.
 */
export function createProtocolAnswers({
  knowledge,
  config,
  onGeneratorFallback,
  contradictions,
}: ProtocolAssistantOptions): AnswerService {
  const generator = config.openAI ? createOpenAIAnswerGenerator(createOpenAIClient(config.openAI)) : undefined;
  return createAnswerService({
    knowledge,
    timeBudgetMs: config.answerTimeBudgetMs,
    ...(generator ? { generator } : {}),
    ...(onGeneratorFallback ? { onGeneratorFallback } : {}),
    ...(contradictions ? { contradictions } : {}),
  });
}

/**
 * @example
 * const { assistant } = createProtocolAssistant({ knowledge, config }); await assistant.respond('wat is de MAS?');
 */
export function createProtocolAssistant(options: ProtocolAssistantOptions): {
  assistant: Assistant;
  answers: AnswerService;
} {
  const answers = createProtocolAnswers(options);
  const rules = options.rules ? { rules: options.rules } : {};
  return { answers, assistant: createAssistant({ knowledge: options.knowledge, answers, ...rules }) };
}
