import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); `CHROMIUM_PATH` points elsewhere. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium for the end-to-end tests. Playwright gives every launch a fresh, temporary
 * user data directory (`--user-data-dir`), and every `browser.newContext()` its own storage.
 */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install it with "apt-get update && apt-get install -y chromium", or set ` +
        `CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--lang=nl-NL',
      '--no-sandbox',
      '--disable-gpu',
      // Containers often have a small /dev/shm; Chromium then crashes on long pages.
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
