/**
 * User-typed text shown in a TextBlock or FactSet, where Teams renders Markdown: a pupil name
 * `[Klik hier](https://…)` or `![x](https://…/pixel.png)` must arrive as the characters typed, not as a
 * link or an image. Every Markdown character gets a backslash (CommonMark escapes, which the Adaptive
 * Card renderers honour); list and heading markers only count at the start of a line.
 * Input values (`Input.Text.value`) do not render Markdown and are never escaped.
 * @example escapeCardMarkdown('[x](https://e.nl)') // '\\[x\\]\\(https://e.nl\\)'
 */
export function escapeCardMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]()!#<>~|{}]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** The colour of a card's notice line (Adaptive Cards' TextBlock colours). */
export type NoticeColor = 'Default' | 'Good' | 'Warning' | 'Attention';
