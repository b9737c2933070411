import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultKnowledgeDirectory } from '../knowledge/knowledge-base.js';

/** The capabilities a message can open by name; "wat nu?" and help are recognised by the sentence. */
export const lexiconCapabilities = [
  'aanmeldformulier',
  'verwijzing',
  'gespreksleidraad',
  'onboarding',
  'overzicht',
  'rollen',
] as const;
export type LexiconCapability = (typeof lexiconCapabilities)[number];

const termSchema = z
  .string()
  .min(2)
  .transform((term) =>
    term
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );
const groupSchema = z.union([z.string().min(1), z.array(termSchema).min(1)]);
const signalSchema = z
  .object({
    strength: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    groups: z.array(groupSchema).min(1),
  })
  .strict();

export const capabilityLexiconFileSchema = z
  .object({
    termGroups: z.record(z.array(termSchema).min(1)),
    capabilities: z
      .object(
        Object.fromEntries(lexiconCapabilities.map((name) => [name, z.array(signalSchema).min(1)])) as Record<
          LexiconCapability,
          z.ZodArray<typeof signalSchema>
        >,
      )
      .strict(),
  })
  .strict();

/** One way a capability is mentioned: every group must match a word of the message. */
export type CapabilitySignal = { readonly strength: 0 | 1 | 2 | 3; readonly groups: readonly (readonly string[])[] };
export type CapabilityLexicon = { readonly signals: ReadonlyMap<LexiconCapability, readonly CapabilitySignal[]> };

/** Reads and checks `knowledge/capabilities.yaml`: a group named in a signal must exist. */
export function loadCapabilityLexicon(directory = defaultKnowledgeDirectory): CapabilityLexicon {
  const file = capabilityLexiconFileSchema.parse(parse(readFileSync(join(directory, 'capabilities.yaml'), 'utf8')));
  const resolveGroup = (group: string | readonly string[]): readonly string[] => {
    if (typeof group !== 'string') return group;
    const terms = file.termGroups[group];
    if (!terms) throw new Error(`knowledge/capabilities.yaml: signal names the unknown term group "${group}"`);
    return terms;
  };
  const signals = new Map<LexiconCapability, readonly CapabilitySignal[]>(
    lexiconCapabilities.map((name) => [
      name,
      file.capabilities[name].map((signal) => ({ strength: signal.strength, groups: signal.groups.map(resolveGroup) })),
    ]),
  );
  return { signals };
}
