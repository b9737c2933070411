import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** Where screenshots go (gitignored). */
const screenshotDirectory = join(process.cwd(), 'test-results', 'e2e');

const activitySelector = 'article.webchat__basic-transcript__activity';
const userBubbleSelector = '.webchat__bubble--from-user';

/** What the page keeps about itself in `window.verzuimwijzerChat`. */
export type PageSession = {
  userId: string;
  conversationId: string;
  resumed: boolean;
  cardActions: 'execute' | 'submit';
};

export type BotReplyOptions = {
  /** Only activities after this many (from {@link ChatPage.activityCount}) count. */
  readonly after: number;
  /** Text the reply must contain (case-sensitive, as rendered). */
  readonly containing: string | RegExp;
  /** @default 20000 */
  readonly timeoutMs?: number;
};

/**
 * The local chat page as a user sees it: Microsoft Web Chat's transcript, send box and cards.
 * Selectors are Web Chat 4.18's own class names and the cards' visible labels.
 */
export class ChatPage {
  /** Messages the page logged as errors (Web Chat reports unknown card actions there). */
  readonly consoleErrors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(error.message));
  }

  /**
   * Opens the page in a fresh browser context (own localStorage: a new local user) and waits for the
   * welcome card. `query` is appended to the page address (`?kaartacties=submit`).
   */
  static async open(browser: Browser, url: string, query = ''): Promise<ChatPage> {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, locale: 'nl-NL' });
    const chat = new ChatPage(context, await context.newPage());
    await chat.page.goto(`${url}/${query}`);
    await chat.waitForBotReply({ after: 0, containing: 'Welkom bij Verzuimwijzer' });
    return chat;
  }

  get activities(): Locator {
    return this.page.locator(activitySelector);
  }

  activityCount(): Promise<number> {
    return this.activities.count();
  }

  /** Types a message in the send box and sends it; resolves with the activity count before it. */
  async send(text: string): Promise<number> {
    const before = await this.activityCount();
    const input = this.page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press('Enter');
    await this.activities.nth(before).locator(userBubbleSelector).getByText(text, { exact: false }).waitFor();
    return before;
  }

  /**
   * Waits until a bot activity after `after` shows `containing`; returns that activity. Cards replaced in
   * place (an invoke response, `updateActivity`) count wherever they are.
   */
  async waitForBotReply({ after, containing, timeoutMs = 20_000 }: BotReplyOptions): Promise<Locator> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const count = await this.activityCount();
      for (let index = count - 1; index >= after; index -= 1) {
        const activity = this.activities.nth(index);
        if ((await activity.locator(userBubbleSelector).count()) > 0) continue;
        const text = await activity.innerText().catch(() => '');
        if (typeof containing === 'string' ? text.includes(containing) : containing.test(text)) return activity;
      }
      if (Date.now() > deadline) {
        const last = await this.activities
          .last()
          .innerText()
          .catch(() => '(none)');
        throw new Error(
          `no bot reply containing ${String(containing)} after activity ${after} within ${timeoutMs} ms; last ` +
            `activity: ${last.slice(0, 500)}`,
        );
      }
      await this.page.waitForTimeout(150);
    }
  }

  /** Sends `text` and waits for the bot's reply containing `containing`. */
  async ask(text: string, containing: string | RegExp, timeoutMs?: number): Promise<Locator> {
    const after = await this.send(text);
    return this.waitForBotReply({ after: after + 1, containing, ...(timeoutMs ? { timeoutMs } : {}) });
  }

  /** The last Adaptive Card in the transcript. */
  lastCard(): Locator {
    return this.page.locator('.webchat__adaptive-card-renderer').last();
  }

  /** Saves a screenshot of the page (viewport, transcript scrolled to the end) under `test-results/e2e/`. */
  async screenshot(name: string): Promise<string> {
    await mkdir(screenshotDirectory, { recursive: true });
    const path = join(screenshotDirectory, `${name}.png`);
    await this.page.waitForTimeout(300);
    await this.page.screenshot({ path });
    return path;
  }

  /**
   * Saves a screenshot of one element (a whole card). A card taller than the window would be cut off by
   * the transcript's scrolling, so the window grows to fit it for the shot.
   */
  async screenshotOf(locator: Locator, name: string): Promise<string> {
    await mkdir(screenshotDirectory, { recursive: true });
    const path = join(screenshotDirectory, `${name}.png`);
    const viewport = this.page.viewportSize() ?? { width: 1100, height: 1000 };
    const box = await locator.boundingBox();
    if (box && box.height + 200 > viewport.height)
      await this.page.setViewportSize({ width: viewport.width, height: Math.ceil(box.height) + 200 });
    try {
      await locator.scrollIntoViewIfNeeded();
      await this.page.waitForTimeout(300);
      await locator.screenshot({ path });
    } finally {
      await this.page.setViewportSize(viewport);
    }
    return path;
  }

  /** The page's own record of who and where it is (`window.verzuimwijzerChat`). */
  session(): Promise<PageSession> {
    return this.page.evaluate(() => (window as unknown as { verzuimwijzerChat: PageSession }).verzuimwijzerChat);
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
