import { z } from 'zod';
import type { AssistantReply } from '../src/assistant/respond.js';

/** One input line of `ask --batch FILE`. */
export const askBatchLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  question: z.string().min(1),
});
export type AskBatchLine = z.infer<typeof askBatchLineSchema>;

/** What `ask --json` prints per question (the contract of issue 3). */
export type AskOutput = {
  readonly id?: string;
  readonly answer: string;
  readonly citations: readonly { readonly doc: string; readonly section: string; readonly sectionId: string }[];
  readonly kind: 'knowledge' | 'rule' | 'none' | 'intent' | 'choice';
  /** For `intent`: the capability the message opens; for `choice`: the two it may mean. */
  readonly intent?: string;
  readonly options?: readonly string[];
  /** What the message said that the capability is prefilled with (first name, age, po/vo). */
  readonly slots?: { readonly pupilFirstName?: string; readonly age?: number; readonly schoolType?: string };
  readonly ms: number;
};

function publicSlots({
  pupilFirstName,
  age,
  schoolType,
}: {
  readonly pupilFirstName?: string;
  readonly age?: number;
  readonly schoolType?: string;
}) {
  return {
    ...(pupilFirstName ? { pupilFirstName } : {}),
    ...(age !== undefined ? { age } : {}),
    ...(schoolType ? { schoolType } : {}),
  };
}

export function toAskOutput(reply: AssistantReply, ms: number, id?: string): AskOutput {
  return {
    ...(id === undefined ? {} : { id }),
    answer: reply.answer,
    citations: reply.citations.map(({ doc, section, sectionId }) => ({ doc, section, sectionId })),
    kind: reply.kind,
    ...(reply.kind === 'intent' ? { intent: reply.intent } : {}),
    ...(reply.kind === 'choice' ? { options: reply.options } : {}),
    ...(reply.kind === 'intent' || reply.kind === 'choice' ? { slots: publicSlots(reply.slots) } : {}),
    ms: Math.round(ms * 1000) / 1000,
  };
}
