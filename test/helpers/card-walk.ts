/** Every TextBlock text of a card (also inside ShowCards and columns), joined by new lines. */
export function textOf(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    const element = node as { type?: unknown; text?: unknown };
    if (element.type === 'TextBlock' && typeof element.text === 'string') texts.push(element.text);
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return texts.join('\n');
}

/** Every Action.Execute of a card, its fallbacks left out. */
export function executeActionsOf(card: unknown): any[] {
  const found: any[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    if ((node as { type?: unknown }).type === 'Action.Execute') found.push(node);
    for (const [key, value] of Object.entries(node)) if (key !== 'fallback') walk(value);
  };
  walk(card);
  return found;
}

/** The card of a message activity. */
export const cardOf = (activity: Record<string, any>) => activity.attachments?.[0]?.content;

/** A local Amsterdam winter time as a Date ("2026-12-07T08:00"). */
export const amsterdam = (local: string) => new Date(`${local}+01:00`);
