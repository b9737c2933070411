import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Template } from 'adaptivecards-templating';

/** An Adaptive Card as JSON, ready to be sent as an attachment. */
export type AdaptiveCardJson = {
  readonly type: 'AdaptiveCard';
  readonly version: string;
  readonly body?: unknown[];
  readonly [key: string]: unknown;
};

const templates = new Map<string, object>();

/** Loads a template from `cards/<name>.json` once and keeps it. */
export function loadCardTemplate(name: string): object {
  let template = templates.get(name);
  if (!template) {
    const path = fileURLToPath(new URL(`./${name}.json`, import.meta.url));
    template = JSON.parse(readFileSync(path, 'utf8')) as object;
    templates.set(name, template);
  }
  return template;
}

/**
 * Prepared templates, one per card. `new Template()` parses every `${...}` in the card with ANTLR, which
 * under load cost more CPU than the rest of a turn and grew the parser's caches; a prepared template is
 * bound to new data on each `expand()` (synchronous, and it builds a new object tree every time).
 */
const prepared = new Map<string, Template>();

/**
 * Binds data to a card template with `adaptivecards-templating`.
 * @example const card = renderCard('welcome', { commands });
 */
export function renderCard(name: string, data: object): AdaptiveCardJson {
  let template = prepared.get(name);
  if (!template) {
    template = new Template(loadCardTemplate(name));
    prepared.set(name, template);
  }
  return withSubmitFallbacks(template.expand({ $root: data })) as AdaptiveCardJson;
}

type CardNode = { [key: string]: unknown };

/**
 * Gives every `Action.Execute` without a `fallback` an `Action.Submit` one with the same title and data
 * (its `verb` included), so clients without Execute (older Teams clients, Web Chat) still show the
 * button and reach the same handler through `onCardAction`. Mutates and returns the expanded card.
 */
export function withSubmitFallbacks<T>(node: T): T {
  if (Array.isArray(node)) {
    for (const item of node) withSubmitFallbacks(item);
    return node;
  }
  if (typeof node !== 'object' || node === null) return node;
  const element = node as CardNode;
  for (const value of Object.values(element)) withSubmitFallbacks(value);
  if (element.type === 'Action.Execute' && element.fallback === undefined && typeof element.verb === 'string') {
    const { verb, title, data, style, tooltip, associatedInputs, isEnabled } = element;
    element.fallback = {
      type: 'Action.Submit',
      ...(title === undefined ? {} : { title }),
      data: { ...(typeof data === 'object' && data !== null ? data : {}), verb },
      ...(style === undefined ? {} : { style }),
      ...(tooltip === undefined ? {} : { tooltip }),
      ...(associatedInputs === undefined ? {} : { associatedInputs }),
      ...(isEnabled === undefined ? {} : { isEnabled }),
    };
  }
  return node;
}
