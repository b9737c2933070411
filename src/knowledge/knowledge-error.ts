import type { ZodIssue } from 'zod';

/** A malformed file in `knowledge/`: start-up stops instead of answering wrongly. */
export class KnowledgeFormatError extends Error {
  override name = 'KnowledgeFormatError';
}

/** Zod's issues as "field message; field message", for the error naming the file. */
export function describeIssues(issues: readonly ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
}
