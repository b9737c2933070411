/**
 * The text a card shows before anyone presses a toggle: every TextBlock, RichTextBlock run and fact
 * that is not inside an element with `isVisible: false`, and not inside an `Action.ShowCard`'s card.
 * Button titles are not counted.
 */
export function visibleCardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    if (element.isVisible === false) return;
    if (element.type === 'TextBlock' && typeof element.text === 'string') parts.push(element.text);
    if (element.type === 'TextRun' && typeof element.text === 'string') parts.push(element.text);
    if (element.type === 'FactSet' && Array.isArray(element.facts))
      for (const fact of element.facts as { title: string; value: string }[]) parts.push(`${fact.title} ${fact.value}`);
    for (const [key, value] of Object.entries(element)) {
      if (key === 'actions' || key === 'selectAction' || key === 'fallback') continue;
      walk(value);
    }
  };
  walk((card as { body?: unknown }).body);
  return parts.join('\n');
}
