import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startChatBot, type ChatBot } from './chat-bot.js';
import { ChatPage } from './chat-page.js';

export type ChatSession = { readonly bot: ChatBot; readonly browser: Browser; readonly chat: ChatPage };

/**
 * Registers hooks on the enclosing `describe`: before its tests the bot starts (embedded store, local
 * chat page), Chromium launches and the chat page opens, handed to `onOpen`; after them all three close.
 * @example useChatSession((session) => ({ bot, browser, chat } = session));
 */
export function useChatSession(onOpen: (session: ChatSession) => void): void {
  const opened: { bot?: ChatBot; browser?: Browser; chat?: ChatPage } = {};
  beforeAll(async () => {
    const bot = (opened.bot = await startChatBot());
    const browser = (opened.browser = await launchChromium());
    const chat = (opened.chat = await ChatPage.open(browser, bot.url));
    onOpen({ bot, browser, chat });
  });
  afterAll(async () => {
    await opened.chat?.close();
    await opened.browser?.close();
    await opened.bot?.close();
  });
}
