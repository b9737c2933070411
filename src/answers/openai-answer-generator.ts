import { getBearerTokenProvider, DefaultAzureCredential } from '@azure/identity';
import OpenAI, { AzureOpenAI } from 'openai';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { AnswerGenerator, GenerationRequest, GenerationResult } from './answer-generator.js';

/** The model's JSON reply, parsed at the edge; lenient on extra fields. */
export const modelAnswerSchema = z.object({
  answer: z.string().nullish(),
  sectionIds: z.array(z.string()).nullish(),
  refusal: z.boolean().nullish(),
});

export class ModelAnswerError extends Error {
  override name = 'ModelAnswerError';
}

/** Parses the model's JSON reply; a malformed reply is a {@link ModelAnswerError} (the caller falls back). */
export function parseModelAnswer(content: string | null | undefined): GenerationResult {
  let json: unknown;
  try {
    json = JSON.parse(content ?? '');
  } catch (error) {
    throw new ModelAnswerError('the model did not answer with JSON', { cause: error });
  }
  const parsed = modelAnswerSchema.safeParse(json);
  if (!parsed.success)
    throw new ModelAnswerError(`the model's JSON does not match: ${parsed.error.issues[0]?.message}`);
  const { answer, sectionIds, refusal } = parsed.data;
  if (refusal || !answer) return { kind: 'refusal' };
  return { kind: 'answer', answer, sectionIds: sectionIds ?? [] };
}

/**
 * The longest generated answer shown. The system prompt asks for five sentences; with the caveat, the
 * Bron lines and the cited sections' full text the answer card must stay under Teams' 28 KB.
 */
export const maxGeneratedAnswerCharacters = 1500;

export type GeneratedAnswerProblem = 'tooLong' | 'link' | 'image' | 'markup' | 'unknownSection' | 'noSection';

/** The model's answer breaks a rule for what may be shown; the caller sends the extractive answer instead. */
export class GeneratedAnswerRejectedError extends ModelAnswerError {
  override name = 'GeneratedAnswerRejectedError';
  constructor(readonly reason: GeneratedAnswerProblem) {
    super(`generated answer rejected: ${reason}`);
  }
}

const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"']+|\b(?:mailto|javascript|data|tel|file):[^\s<>()[\]"']*/gi;
const linkTargetPattern = /\]\(\s*([^)\s]*)/g;

/**
 * Checks a generated answer against the sections it was grounded in: short enough for the card, no
 * link, link target or image the sections do not hold themselves, no HTML, and every cited id one of
 * the offered sections (at least one). Throws {@link GeneratedAnswerRejectedError}.
 */
export function checkGeneratedAnswer(
  result: GenerationResult,
  sections: GenerationRequest['sections'],
): GenerationResult {
  if (result.kind === 'refusal') return result;
  const { answer, sectionIds } = result;
  if (answer.length > maxGeneratedAnswerCharacters) throw new GeneratedAnswerRejectedError('tooLong');
  const grounding = sections.map((section) => section.text).join('\n');
  if (/!\[/.test(answer) && !grounding.includes('![')) throw new GeneratedAnswerRejectedError('image');
  if (/<\s*\/?\s*[a-z][^>]*>/i.test(answer)) throw new GeneratedAnswerRejectedError('markup');
  const targets = [...answer.matchAll(urlPattern)]
    .map((match) => match[0])
    .concat([...answer.matchAll(linkTargetPattern)].map((match) => match[1] ?? ''));
  if (targets.some((target) => !target || !grounding.includes(target))) throw new GeneratedAnswerRejectedError('link');
  const offered = new Set(sections.map((section) => section.sectionId));
  if (sectionIds.length === 0) throw new GeneratedAnswerRejectedError('noSection');
  if (sectionIds.some((id) => !offered.has(id))) throw new GeneratedAnswerRejectedError('unknownSection');
  return result;
}

const systemPrompt = [
  'Je bent Verzuimwijzer, een assistent voor mentoren en ondersteuningscoördinatoren (oco) op Nederlandse scholen.',
  'Beantwoord de vraag uitsluitend met wat in de gegeven protocolsecties staat. ' +
    'Voeg geen feiten, getallen, termijnen of adviezen toe die daar niet staan.',
  'Schrijf kort (hooguit vijf zinnen of een korte opsomming), in helder ' +
    'Nederlands, en volg de formulering van het protocol.',
  'Zet geen links, afbeeldingen of HTML in het antwoord.',
  'Staat het antwoord niet in de secties, antwoord dan met {"refusal": true}.',
  'Antwoord altijd als JSON: {"answer": "<antwoord>", "sectionIds": ["<id van elke sectie die je gebruikte>"]}.',
  'Teksten tussen vierkante haken zoals [naam] of [datum] zijn weggelaten persoonsgegevens; vraag er niet naar.',
].join('\n');

function userPrompt({ redactedQuestion, sections }: GenerationRequest): string {
  const context = sections
    .map(
      (section) =>
        `<sectie id="${section.sectionId}" document="${section.doc}" titel="` +
        `${section.title}">\n${section.text}\n</sectie>`,
    )
    .join('\n\n');
  return `Protocolsecties:\n\n${context}\n\nVraag: ${redactedQuestion}`;
}

export type OpenAIAnswerGeneratorOptions = {
  readonly client: OpenAI;
  /** Model name (OpenAI) or deployment (Azure OpenAI). */
  readonly model: string;
};

/**
 * Answers through the OpenAI chat completions API (OpenAI or Azure OpenAI), temperature 0, JSON output,
 * grounded in the sections it is given. It only ever receives a redacted question.
 */
export function createOpenAIAnswerGenerator({ client, model }: OpenAIAnswerGeneratorOptions): AnswerGenerator {
  return {
    generate: async (request) => {
      const completion = await client.chat.completions.create(
        {
          model,
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: systemPrompt },
            { role: 'user', content: userPrompt(request) },
          ],
        },
        { signal: request.signal },
      );
      return checkGeneratedAnswer(parseModelAnswer(completion.choices[0]?.message.content), request.sections);
    },
  };
}

/**
 * The OpenAI client for the configured service, without SDK retries: the answer's time budget decides,
 * and the extractive answer is the fallback. Build it once, in `bot/app.ts` (or a script's entry point).
 */
export function createOpenAIClient(openAI: NonNullable<Config['openAI']>): { client: OpenAI; model: string } {
  if (openAI.kind === 'openai') {
    return {
      client: new OpenAI({
        apiKey: openAI.apiKey,
        maxRetries: 0,
        ...(openAI.baseURL ? { baseURL: openAI.baseURL } : {}),
      }),
      model: openAI.model,
    };
  }
  const client = new AzureOpenAI({
    endpoint: openAI.endpoint,
    deployment: openAI.deployment,
    apiVersion: openAI.apiVersion,
    maxRetries: 0,
    ...(openAI.apiKey
      ? { apiKey: openAI.apiKey }
      : {
          azureADTokenProvider: getBearerTokenProvider(
            new DefaultAzureCredential(),
            'https://cognitiveservices.azure.com/.default',
          ),
        }),
  });
  return { client, model: openAI.deployment };
}
