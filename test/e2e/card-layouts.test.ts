import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.js';
import { cardGallery, type GalleryCard } from './helpers/card-gallery.js';

/**
 * Every card kind rendered by the official `adaptivecards` renderer (the 3.x that Web Chat bundles) in
 * Chromium, at a phone width and at Teams' desktop chat width. Screenshots land in
 * `test-results/cards/`; the checks are that no word is broken across lines and that the step or answer
 * is on the first screen.
 */
const rendererScript = join(
  process.cwd(),
  'node_modules/botframework-webchat/node_modules/adaptivecards/dist/adaptivecards.min.js',
);
const screenshots = join(process.cwd(), 'test-results', 'cards');
const widths = [360, 540] as const;
/** A phone screen below Teams' header, in CSS pixels. */
const firstScreenHeight = 640;

type Split = { readonly word: string; readonly label: boolean; readonly text: string };

async function renderInto(page: Page, card: unknown, width: number): Promise<void> {
  await page.evaluate(
    ({ card, width }) => {
      const host = document.getElementById('card')!;
      host.innerHTML = '';
      host.style.width = `${width}px`;
      const AdaptiveCards = (window as unknown as { AdaptiveCards: any }).AdaptiveCards;
      // Bold and lists, as Teams and Web Chat render a TextBlock's Markdown.
      AdaptiveCards.AdaptiveCard.onProcessMarkdown = (
        text: string,
        result: { outputHtml: string; didProcess: boolean },
      ) => {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        result.outputHtml = `<p>${escaped.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\n/g, '<br>')}</p>`;
        result.didProcess = true;
      };
      const adaptiveCard = new AdaptiveCards.AdaptiveCard();
      // Web Chat (styleOptions.messageActivityWordBreak) and Teams put word-break: break-word around the
      // card, which lets a table or flex layout squeeze a label column below its longest word.
      // Teams' font and sizes; the container has no Segoe UI, so a wider fallback font is the harder test.
      adaptiveCard.hostConfig = new AdaptiveCards.HostConfig({
        fontFamily: "'Segoe UI', system-ui, sans-serif",
        fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      });
      adaptiveCard.parse(card);
      host.appendChild(adaptiveCard.render());
    },
    { card, width },
  );
}

/** Words (split at the places a browser may break anyway: spaces, hyphens, slashes) drawn on more than one line. */
function findSplitWords(page: Page): Promise<Split[]> {
  return page.evaluate(() => {
    const found: { word: string; label: boolean; text: string }[] = [];
    const walker = document.createTreeWalker(document.getElementById('card')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (element.closest('button, [aria-hidden="true"]') || element.offsetParent === null) continue;
      const label = element.closest('label, .ac-factset tr > td:first-child, .ac-columnSet') !== null;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\-/–—]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const tops = new Set(
          [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
        );
        if (tops.size > 1) found.push({ word: match[0], label, text: text.slice(0, 80) });
      }
    }
    return found;
  });
}

describe('card layouts in the adaptivecards renderer', () => {
  let browser: Browser;
  let page: Page;
  let gallery: GalleryCard[];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    gallery = await cardGallery();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 600, height: 900 } });
    await page.setContent(
      '<!doctype html><html lang="nl"><body style="margin:0;background:#fff"><div id="card" ' +
        'style="padding:0;word-break:break-word"></div></body></html>',
    );
    await page.addScriptTag({ path: rendererScript });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('should render every card kind without splitting a word across lines, at 360 and 540 px', async () => {
    expect(gallery.length).toBeGreaterThanOrEqual(15);
    const problems: string[] = [];
    for (const { name, card } of gallery) {
      for (const width of widths) {
        await renderInto(page, card, width);
        await page.locator('#card').screenshot({ path: join(screenshots, `${name}-${width}.png`) });
        for (const split of await findSplitWords(page))
          problems.push(`${name} @${width}px${split.label ? ' (label)' : ''}: "${split.word}" in "${split.text}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('should show the step or the answer with its source on the first phone screen', async () => {
    for (const { name, card } of gallery.filter((each) =>
      /^(advies|antwoord-met|antwoord-jaarverslag)/.test(each.name),
    )) {
      await renderInto(page, card, 360);
      const top = await page.locator('#card').boundingBox();
      const source = page.locator('#card .ac-textBlock', { hasText: /^Bron( \[1\])?:/ }).first();
      const box = await source.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y + box!.height - top!.y, name).toBeLessThanOrEqual(firstScreenHeight);
    }
  });

  it('should still show the contradictions when the toggle is pressed', async () => {
    const advice = gallery.find((each) => each.name === 'advies-te-laat')!;
    await renderInto(page, advice.card, 360);
    expect(await page.locator('#card').innerText()).not.toContain('Het protocol is hier niet eenduidig');
    await page.getByRole('button', { name: 'Let op: het protocol is hier niet eenduidig' }).click();
    expect(await page.locator('#card').innerText()).toContain('Het protocol is hier niet eenduidig');
    await page.locator('#card').screenshot({ path: join(screenshots, 'advies-te-laat-tegenspraak-360.png') });
  });
});
