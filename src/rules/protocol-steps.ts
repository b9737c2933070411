import type { ProtocolDefinition, ProtocolNote, ProtocolSourceKey, ProtocolStepKey } from '../knowledge/protocol.js';
import type { AdviceNote, AdviceStep } from './advice.js';
import type { RuleSource } from './sources.js';

/** What an advice fills into a protocol's wording: `{name}`, `{rule}`, … (the thresholds are filled at load). */
export type TextValues = Readonly<Record<string, string>>;

/** The wording with the values of this advice filled in. */
export function fill(template: string, values: TextValues = {}): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The region's sources by key; `scale` stands for the source of the scale that was used. */
export function sourcesOf(
  protocol: ProtocolDefinition,
  keys: readonly (ProtocolSourceKey | 'scale')[],
  scale?: ProtocolSourceKey,
): RuleSource[] {
  return keys.map((key) => {
    if (key !== 'scale') return protocol.sources[key];
    if (!scale) throw new Error('a step citing its scale needs the scale');
    return protocol.sources[scale];
  });
}

export type StepOptions = {
  readonly values?: TextValues;
  /** The source of the scale the step was read on. */
  readonly scale?: ProtocolSourceKey;
};

/** One step of the region's protocol, as the advice shows it. */
export function stepOf(protocol: ProtocolDefinition, key: ProtocolStepKey, options: StepOptions = {}): AdviceStep {
  const { values, scale } = options;
  const step = protocol.steps[key];
  return {
    id: step.id,
    track: step.track,
    level: step.level,
    title: fill(step.title, values),
    what: fill(step.what, values),
    who: [...step.who],
    ...(step.deadline !== undefined ? { deadline: fill(step.deadline, values) } : {}),
    ...(step.inform !== undefined ? { inform: fill(step.inform, values) } : {}),
    ...(step.tell !== undefined ? { tell: fill(step.tell, values) } : {}),
    sources: sourcesOf(protocol, step.sources, scale),
  };
}

/** A note of the region's protocol, as the advice shows it. */
export function noteOf(protocol: ProtocolDefinition, note: ProtocolNote, values?: TextValues): AdviceNote {
  return { text: fill(note.text, values), sources: sourcesOf(protocol, note.sources) };
}

/** The ids of the steps in which school talks with pupil and parents. */
export function conversationStepIds(protocol: ProtocolDefinition): ReadonlySet<string> {
  return new Set(
    Object.values(protocol.steps)
      .filter((step) => step.conversation)
      .map((step) => step.id),
  );
}
