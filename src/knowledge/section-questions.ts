import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { describeIssues, KnowledgeFormatError } from './knowledge-error.js';

/**
 * `knowledge/section-questions/<document id>.yaml`: per section, questions staff would ask that the
 * section answers (doc2query, written from the section's own text). Keys are section ids, either whole
 * (`bossche-protocol/bijlage-1/te-laat-komen`) or relative to the file's document (`bijlage-1/te-laat-komen`).
 * A question is a string, or `{ question, quote }` where the quote is the section's own words that answer it.
 */
const questionEntry = z.union([
  z.object({ question: z.string().min(1), quote: z.string().min(1) }).strict(),
  z.coerce.string().min(1),
]);
export const sectionQuestionsSchema = z.record(z.string().min(1), z.array(questionEntry).nullish());
export type SectionQuestionsFile = z.infer<typeof sectionQuestionsSchema>;

/** A question a section answers and, where known, the words of the section that answer it. */
export type SectionQuestion = { readonly question: string; readonly quote?: string };

export const sectionQuestionsFolder = 'section-questions';
/** The same format: questions that one passage of a section answers, each with that passage's words. */
export const passageQuestionsFolder = 'passage-questions';

/**
 * Reads every `<document id>.yaml` of `section-questions/` or `folderName` (none when the folder is missing) and
 * checks each key against the document's sections. Throws a {@link KnowledgeFormatError} for an unknown document
 * or section id, so a question never points at a section that does not exist.
 * @example const questions = loadSectionQuestions({ directory, sectionIdsOf: (id) => ids.get(id) });
 */
export function loadSectionQuestions({
  directory,
  sectionIdsOf,
  folderName = sectionQuestionsFolder,
}: {
  readonly directory: string;
  readonly sectionIdsOf: (documentId: string) => readonly string[] | undefined;
  readonly folderName?: string;
}): Map<string, readonly SectionQuestion[]> {
  const folder = join(directory, folderName);
  const questions = new Map<string, SectionQuestion[]>();
  if (!existsSync(folder)) return questions;
  for (const fileName of readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()) {
    const documentId = fileName.replace(/\.ya?ml$/, '');
    const sectionIds = sectionIdsOf(documentId);
    if (!sectionIds)
      throw new KnowledgeFormatError(
        `${folderName}/${fileName}: no document "${documentId}" in documents/; ` + 'name the file after a document id',
      );
    const parsed = sectionQuestionsSchema.safeParse(parseYaml(readFileSync(join(folder, fileName), 'utf8')) ?? {});
    if (!parsed.success)
      throw new KnowledgeFormatError(
        `${folderName}/${fileName}: ${describeIssues(parsed.error.issues)}; ` +
          'expected a map of section id to a list of questions',
      );
    const known = new Set(sectionIds);
    for (const [key, list] of Object.entries(parsed.data)) {
      const sectionId = known.has(key) ? key : `${documentId}/${key}`;
      if (!known.has(sectionId))
        throw new KnowledgeFormatError(
          `${folderName}/${fileName}: unknown section id "${key}"; use an id of documents/${documentId}.md`,
        );
      questions.set(sectionId, [
        ...(questions.get(sectionId) ?? []),
        ...(list ?? [])
          .map((entry) =>
            typeof entry === 'string'
              ? { question: entry.trim() }
              : { question: entry.question.trim(), quote: entry.quote.trim() },
          )
          .filter((entry) => entry.question !== ''),
      ]);
    }
  }
  return questions;
}
