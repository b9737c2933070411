import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { defaultKnowledgeDirectory, type KnowledgeBase } from './knowledge-base.js';
import { KnowledgeFormatError } from './knowledge-error.js';
import {
  protocolFileSchema,
  protocolStepsFileSchema,
  protocolTextsFileSchema,
  type ProtocolDefinition,
  type ProtocolThresholds,
} from './protocol.js';

/** The folder holding one folder per region. */
export const defaultProtocolsDirectory = join(defaultKnowledgeDirectory, 'protocols');

/** The region a school uses when its configuration names none. */
export const defaultProtocolRegion = 'bossche';

/** What the engine fills in per advice; any other placeholder must name a threshold. */
export const runtimePlaceholders = ['name', 'age', 'rule', 'criteria', 'criteriaMet', 'count', 'title', 'question'];

const placeholderPattern = /\{([A-Za-z.]+)([+-]\d+)?\}/g;

/** Numbers in Dutch: 1.5 reads "1,5". */
function dutchNumber(value: number): string {
  return String(value).replace('.', ',');
}

function thresholdAt(thresholds: ProtocolThresholds, path: string): number | undefined {
  let value: unknown = thresholds;
  for (const part of path.split('.'))
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'number' ? value : undefined;
}

/** Fills `{teLaat.talkUpTo}` and `{teLaat.talkUpTo+1}` with the thresholds; leaves runtime placeholders. */
function fillThresholds(value: unknown, thresholds: ProtocolThresholds, where: string): unknown {
  if (typeof value === 'string')
    return value.replace(placeholderPattern, (whole, name: string, offset: string | undefined) => {
      if (runtimePlaceholders.includes(name) && !offset) return whole;
      const number = thresholdAt(thresholds, name);
      if (number === undefined)
        throw new KnowledgeFormatError(
          `${where}: unknown placeholder ${whole}; use a threshold of protocol.yaml ` +
            `(e.g. {teLaat.talkUpTo}, {teLaat.talkUpTo+1}) or one of ${runtimePlaceholders.join(', ')}`,
        );
      return dutchNumber(number + Number(offset ?? 0));
    });
  if (Array.isArray(value)) return value.map((entry, index) => fillThresholds(entry, thresholds, `${where}.${index}`));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, fillThresholds(entry, thresholds, `${where}.${key}`)]),
    );
  return value;
}

function readFile<T>(directory: string, label: string, fileName: string, schema: z.ZodType<T>): T {
  const path = join(directory, fileName);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KnowledgeFormatError(`${label}/${fileName}: cannot read it (${(error as Error).message})`, {
      cause: error,
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new KnowledgeFormatError(
      `${label}/${fileName}: ${parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || '(file)'} ${issue.message}`)
        .join('; ')}`,
    );
  return parsed.data;
}

export type LoadProtocolOptions = {
  /** The folder name under `directory`. @default 'bossche' */
  readonly region?: string;
  /** @default `knowledge/protocols` */
  readonly directory?: string;
};

/**
 * Reads and validates `protocol.yaml`, `steps.yaml` and `texts.yaml` of a region, and fills the thresholds
 * into the wording. Throws a {@link KnowledgeFormatError} naming the file and field, so a broken protocol
 * stops start-up instead of advising wrongly.
 * @example const protocol = loadProtocol({ region: config.protocolRegion });
 */
export function loadProtocol({
  region = defaultProtocolRegion,
  directory = defaultProtocolsDirectory,
}: LoadProtocolOptions = {}): ProtocolDefinition {
  if (!/^[a-z0-9-]+$/.test(region))
    throw new KnowledgeFormatError(`protocol region "${region}" is not a folder name (a-z, 0-9, -)`);
  const folder = join(directory, region);
  const label = `protocols/${region}`;
  const file = readFile(folder, label, 'protocol.yaml', protocolFileSchema);
  const steps = readFile(folder, label, 'steps.yaml', protocolStepsFileSchema);
  const texts = readFile(folder, label, 'texts.yaml', protocolTextsFileSchema);
  return {
    ...file,
    region,
    steps: fillThresholds(steps, file.thresholds, `${label}/steps.yaml`) as typeof steps,
    texts: fillThresholds(texts, file.thresholds, `${label}/texts.yaml`) as typeof texts,
  };
}

/**
 * Checks that every source of the protocol is a section of the knowledge base, so a citation always opens.
 * Throws a {@link KnowledgeFormatError} naming the first source that is not.
 */
export function checkProtocolSources(protocol: ProtocolDefinition, knowledge: KnowledgeBase): void {
  for (const [key, source] of Object.entries(protocol.sources))
    if (!knowledge.getSection(source.sectionId))
      throw new KnowledgeFormatError(
        `protocols/${protocol.region}/protocol.yaml: sources.${key}.sectionId ${source.sectionId} ` +
          'is not a section of knowledge/documents/',
      );
}

let bossche: ProtocolDefinition | undefined;

/** The default region's protocol, read once; for callers that are not given one. */
export function defaultProtocol(): ProtocolDefinition {
  bossche ??= loadProtocol();
  return bossche;
}
