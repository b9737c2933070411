import { z } from 'zod';
import type { AssistantReply } from '../src/assistant/respond.js';

/** One input line of `ask --batch FILE`. */
export const askBatchLineSchema = z.object({ id: z.union([z.string(), z.number()]).transform(String), question: z.string().min(1) });
export type AskBatchLine = z.infer<typeof askBatchLineSchema>;

/** What `ask --json` prints per question (the contract of issue 3). */
export type AskOutput = {
  readonly id?: string;
  readonly answer: string;
  readonly citations: readonly { readonly doc: string; readonly section: string; readonly sectionId: string }[];
  readonly kind: 'knowledge' | 'rule' | 'none';
  readonly ms: number;
};

export function toAskOutput(reply: AssistantReply, ms: number, id?: string): AskOutput {
  return {
    ...(id === undefined ? {} : { id }),
    answer: reply.answer,
    citations: reply.citations.map(({ doc, section, sectionId }) => ({ doc, section, sectionId })),
    kind: reply.kind,
    ms: Math.round(ms * 1000) / 1000,
  };
}
