import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { describeIssues, KnowledgeFormatError } from './knowledge-error.js';
import { loadSectionQuestions, passageQuestionsFolder, type SectionQuestion } from './section-questions.js';

/** The folder holding `documents/`, `vocabulary.yaml` and the other knowledge data. */
export const defaultKnowledgeDirectory = fileURLToPath(new URL('../../knowledge/', import.meta.url));

const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  publisher: z.string(),
  date: z.union([z.string(), z.number()]).transform(String),
  region: z.string(),
  sourceFile: z.string().min(1),
  primary: z.boolean(),
});

export type KnowledgeDocument = z.infer<typeof frontMatterSchema> & { readonly sectionIds: readonly string[] };

export type KnowledgeSection = {
  /** `<document id>/<anchor>`, e.g. `bossche-protocol/bijlage-1/te-laat-komen`. */
  readonly id: string;
  readonly documentId: string;
  /** The heading text, without the anchor. */
  readonly title: string;
  /** 1 for the document title, 2 for `##`, … */
  readonly level: number;
  /** Titles of the enclosing headings, outermost first, excluding the document title. */
  readonly parentTitles: readonly string[];
  /** The Markdown between this heading and the next, trimmed. May be empty for a parent heading. */
  readonly body: string;
};

export type KnowledgeBase = {
  readonly documents: ReadonlyMap<string, KnowledgeDocument>;
  readonly sections: ReadonlyMap<string, KnowledgeSection>;
  /** The section, or undefined for an unknown id. */
  readonly getSection: (id: string) => KnowledgeSection | undefined;
  /** The section's document; throws for an unknown section id (a bug: ids come from the knowledge base). */
  readonly documentOf: (section: KnowledgeSection) => KnowledgeDocument;
  /**
   * Questions staff would ask that the section answers (`knowledge/section-questions/`), for search only:
   * an answer never quotes them. Empty for a section without any.
   */
  readonly questionsOf: (sectionId: string) => readonly string[];
  /**
   * The same questions, each with the section's own words that answer it where those are known: the section's
   * (`knowledge/section-questions/`), then those of its passages (`knowledge/passage-questions/`).
   */
  readonly sectionQuestionsOf: (sectionId: string) => readonly SectionQuestion[];
};

export type { SectionQuestion };

export { KnowledgeFormatError };

const headingPattern = /^(#{1,6})\s+(.+?)\s*\{#([a-z0-9][a-z0-9/-]*)\}\s*$/;

/** Parses one knowledge document (front matter plus anchored headings) into its sections. */
export function parseKnowledgeDocument(
  markdown: string,
  fileName = 'document',
): { document: KnowledgeDocument; sections: KnowledgeSection[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (!match) throw new KnowledgeFormatError(`${fileName}: missing YAML front matter`);
  const frontMatter = frontMatterSchema.safeParse(parseYaml(match[1]!));
  if (!frontMatter.success)
    throw new KnowledgeFormatError(`${fileName}: bad front matter: ${describeIssues(frontMatter.error.issues)}`);
  const { id: documentId } = frontMatter.data;
  const lines = markdown.slice(match[0].length).split(/\r?\n/);
  const sections: KnowledgeSection[] = [];
  const stack: { level: number; title: string }[] = [];
  let current: { id: string; title: string; level: number; parentTitles: string[]; lines: string[] } | undefined;
  let inFence = false;
  const flush = () => {
    if (current)
      sections.push({
        id: current.id,
        documentId,
        title: current.title,
        level: current.level,
        parentTitles: current.parentTitles,
        body: current.lines.join('\n').trim(),
      });
  };
  for (const line of lines) {
    if (/^```/.test(line)) inFence = !inFence;
    const heading = inFence ? null : headingPattern.exec(line);
    if (!heading) {
      if (/^#{1,6}\s/.test(line) && !inFence)
        throw new KnowledgeFormatError(`${fileName}: heading without {#anchor}: ${line}`);
      current?.lines.push(line);
      continue;
    }
    flush();
    const level = heading[1]!.length;
    const title = heading[2]!;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parentTitles = stack.filter((entry) => entry.level > 1).map((entry) => entry.title);
    stack.push({ level, title });
    current = { id: `${documentId}/${heading[3]}`, title, level, parentTitles, lines: [] };
  }
  flush();
  const seen = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.id)) throw new KnowledgeFormatError(`${fileName}: duplicate section id ${section.id}`);
    seen.add(section.id);
  }
  return { document: { ...frontMatter.data, sectionIds: sections.map((section) => section.id) }, sections };
}

/**
 * Loads every document in `knowledge/documents/`. Throws a {@link KnowledgeFormatError} for a malformed
 * file, so a broken knowledge base stops start-up instead of answering wrongly.
 * @example const knowledge = loadKnowledgeBase(); knowledge.getSection('bossche-protocol/bijlage-1/te-laat-komen');
 */
export function loadKnowledgeBase(directory: string = defaultKnowledgeDirectory): KnowledgeBase {
  const documentsDirectory = join(directory, 'documents');
  const documents = new Map<string, KnowledgeDocument>();
  const sections = new Map<string, KnowledgeSection>();
  for (const fileName of readdirSync(documentsDirectory)
    .filter((name) => name.endsWith('.md'))
    .sort()) {
    const parsed = parseKnowledgeDocument(readFileSync(join(documentsDirectory, fileName), 'utf8'), fileName);
    if (documents.has(parsed.document.id))
      throw new KnowledgeFormatError(`${fileName}: duplicate document id ${parsed.document.id}`);
    documents.set(parsed.document.id, parsed.document);
    for (const section of parsed.sections) sections.set(section.id, section);
  }
  const sectionIdsOf = (documentId: string) => documents.get(documentId)?.sectionIds;
  const sectionQuestions = loadSectionQuestions({ directory, sectionIdsOf });
  const passageQuestions = loadSectionQuestions({ directory, sectionIdsOf, folderName: passageQuestionsFolder });
  for (const [sectionId, list] of passageQuestions)
    sectionQuestions.set(sectionId, [...(sectionQuestions.get(sectionId) ?? []), ...list]);
  for (const [sectionId, list] of sectionQuestions) checkQuotes(sections.get(sectionId)!, list);
  const questionTexts = new Map(
    [...sectionQuestions].map(([sectionId, list]) => [sectionId, list.map((entry) => entry.question)]),
  );
  return {
    documents,
    sections,
    getSection: (id) => sections.get(id),
    documentOf: (section) => {
      const document = documents.get(section.documentId);
      if (!document) throw new Error(`no document ${section.documentId}`);
      return document;
    },
    questionsOf: (sectionId) => questionTexts.get(sectionId) ?? [],
    sectionQuestionsOf: (sectionId) => sectionQuestions.get(sectionId) ?? [],
  };
}

/** Text compared for quotes: without Markdown links, emphasis, list markers and line breaks, in lower case. */
const quotable = (markdown: string) =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/^\s*(?:[-+]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** A quote that is not the section's own words would point an answer at nothing: stop start-up instead. */
function checkQuotes(section: KnowledgeSection, questions: readonly SectionQuestion[]): void {
  const text = quotable(section.body);
  for (const { question, quote } of questions)
    if (quote !== undefined && !text.includes(quotable(quote)))
      throw new KnowledgeFormatError(
        `section-questions: the quote for "${question}" is not in the text of ${section.id}: "${quote}"`,
      );
}

/** Reads and validates a YAML data file of `knowledge/` with the given schema. */
export function loadKnowledgeData<T>(
  fileName: string,
  schema: z.ZodType<T>,
  directory: string = defaultKnowledgeDirectory,
): T {
  const parsed = schema.safeParse(parseYaml(readFileSync(join(directory, fileName), 'utf8')));
  if (!parsed.success) throw new KnowledgeFormatError(`${fileName}: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}
