import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, insertMultiple, search, type Orama } from '@orama/orama';
import { stemmer } from '@orama/stemmers/dutch';
import { stopwords } from '@orama/stopwords/dutch';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultKnowledgeDirectory } from '../knowledge/knowledge-base.js';
import { sectionQuestionsFolder, sectionQuestionsSchema } from '../knowledge/section-questions.js';
import { lexiconCapabilities } from './capability-lexicon.js';

/** What an example stands for: a capability to open, or a question for the knowledge base. */
export const exampleCapabilities = [...lexiconCapabilities, 'help', 'openstaande-acties'] as const;
export type ExampleCapability = (typeof exampleCapabilities)[number];
export type ExampleLabel = ExampleCapability | 'question';
export type Example = { readonly text: string; readonly label: ExampleLabel };

const phrasingsSchema = z
  .object(Object.fromEntries(exampleCapabilities.map((name) => [name, z.array(z.coerce.string().min(1)).min(1)])))
  .strict();

export const capabilityPhrasingsFile = 'capability-phrasings.yaml';

/**
 * The examples: staff messages that open each capability (`knowledge/capability-phrasings.yaml`) and the
 * questions staff ask that the documents answer (`knowledge/section-questions/`), both written from their
 * descriptions and sections, never from an evaluation corpus. None when the phrasings file is missing.
 */
export function loadExamples(directory = defaultKnowledgeDirectory): Example[] {
  const phrasingsPath = join(directory, capabilityPhrasingsFile);
  if (!existsSync(phrasingsPath)) return [];
  const phrasings = phrasingsSchema.parse(parse(readFileSync(phrasingsPath, 'utf8'))) as Record<
    ExampleCapability,
    string[]
  >;
  const examples: Example[] = exampleCapabilities.flatMap((label) => phrasings[label].map((text) => ({ text, label })));
  const folder = join(directory, sectionQuestionsFolder);
  for (const fileName of existsSync(folder) ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)) : []) {
    const file = sectionQuestionsSchema.parse(parse(readFileSync(join(folder, fileName), 'utf8')));
    for (const questions of Object.values(file))
      for (const entry of questions ?? [])
        examples.push({ text: typeof entry === 'string' ? entry : entry.question, label: 'question' });
  }
  return examples;
}

export type NearestExamples = {
  /** The label with the most score among the nearest examples. */
  readonly label: ExampleLabel;
  /** Its share of the nearest examples' score, 0..1. */
  readonly share: number;
};

export type ExampleMatcher = { readonly nearest: (text: string) => NearestExamples | undefined };

/**
 * The matcher over `loadExamples()`, built on first use: most messages never need it (a question, or a
 * request the lexicon names), so the bot does not hold its index until one does.
 */
export function createLazyExampleMatcher(load: () => readonly Example[] = loadExamples): ExampleMatcher {
  let matcher: ExampleMatcher | undefined;
  return { nearest: (text) => (matcher ??= createExampleMatcher(load())).nearest(text) };
}

/** How many nearest examples vote. */
const neighbours = 7;

/**
 * Nearest examples by BM25 (Orama, with the Dutch stemmer and stop words): the label of the examples a
 * message is most like. Examples of both kinds compete, so a protocol question finds questions.
 * @example createExampleMatcher(loadExamples()).nearest('mn to do lijstje')
 * // { label: 'openstaande-acties', share: 0.8 }
 */
export function createExampleMatcher(examples: readonly Example[]): ExampleMatcher {
  if (examples.length === 0) return { nearest: () => undefined };
  const db = create({
    schema: { text: 'string', label: 'string' } as const,
    components: { tokenizer: { language: 'dutch', stemming: true, stemmer, stopWords: stopwords } },
  });
  const inserted = insertMultiple(
    db,
    examples.map((example) => ({ ...example })),
  );
  if (inserted instanceof Promise) throw new Error('Orama returned a promise: an async component was configured');
  return {
    nearest: (text) => {
      const results = search(db as Orama<{ text: 'string'; label: 'string' }>, {
        term: text,
        properties: ['text'],
        limit: neighbours,
      });
      if (results instanceof Promise) throw new Error('Orama returned a promise');
      const scores = new Map<ExampleLabel, number>();
      let total = 0;
      for (const hit of results.hits) {
        const label = hit.document.label as ExampleLabel;
        scores.set(label, (scores.get(label) ?? 0) + hit.score);
        total += hit.score;
      }
      if (total === 0) return undefined;
      const [label, score] = [...scores].sort((left, right) => right[1] - left[1])[0]!;
      return { label, share: score / total };
    },
  };
}
