import type { Period, Situation } from './situation.js';
import { first, homeWords, number, sickWords } from './situation-patterns.js';

/** Reads thuiszitten (weeks at home) a sentence says into the situation. */
export function parseHome(
  sentence: string,
  situation: Situation,
  period: Period | undefined,
  sinceWeeksCount: number | undefined,
): void {
  if (!homeWords.test(sentence) || sickWords.test(sentence)) return;
  situation.mentioned.home = true;
  const weeks = first(new RegExp(`${number}\\s*(?:weken|week|schoolweken)\\b`), sentence);
  const monthCount = first(new RegExp(`${number}\\s*(?:maanden|maand)\\b`), sentence);
  const dayCount = first(new RegExp(`${number}\\s*(?:schooldagen|dagen|dag)\\b`), sentence);
  // "zit al een half jaar thuis" (0.5 after the numbers are read), "al een jaar thuis".
  const yearCount = first(new RegExp(`(?<![\\d.])${number}\\s*jaar\\b(?!\\s+(?:oud|geleden))`), sentence);
  // "de hele maand niet op school geweest".
  const whole = /\bhele\s+maand\b/.test(sentence) ? 4.35 : /\bhele\s+week\b/.test(sentence) ? 1 : undefined;
  const value =
    weeks ??
    (monthCount !== undefined ? monthCount * 4.35 : undefined) ??
    (yearCount !== undefined && yearCount <= 3 ? yearCount * 52 : undefined) ??
    (dayCount !== undefined ? dayCount / 5 : undefined) ??
    sinceWeeksCount ??
    (period ? period.days / 7 : undefined) ??
    whole;
  if (value !== undefined) situation.homeWeeks = Math.round(value * 10) / 10;
}
