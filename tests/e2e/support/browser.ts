// Opens a fresh Chromium profile per test file and records every console error, failed request and off-origin request.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly baseUrl: string;
  /** Console errors, page errors, failed requests and off-origin requests, in the order they happened. */
  readonly problems: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** A touch screen (phones, tablets, touch Chromebooks): enables page.tap(). */
  hasTouch?: boolean;
  /** Lets a test inject its own <style> (page.addStyleTag) past the page's Content-Security-Policy. */
  bypassCSP?: boolean;
}

export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const profile = mkdtempSync(join(tmpdir(), 'beijings-bet-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [...CHROMIUM_ARGS, `--lang=${options.locale ?? 'en-US'}`],
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 720 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
    isMobile: options.hasTouch ?? false,
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A navigation (reload, leaving the page) cancels downloads in flight: that is not a failure.
    if (reason !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} (${reason})`);
  });
  // requestfailed never sees an HTTP error: a missing file (404) must fail the test too.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`off-origin request: ${url}`);
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    page,
    baseUrl,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the engine settles, through the page's data-engine attribute: `standby` on the title
 * (downloaded, not evaluated until a game is headed for), `ready` once started, or `failed`.
 */
export async function waitForEngine(page: Page): Promise<string> {
  await page.waitForFunction(
    () => ['standby', 'ready', 'failed'].includes(document.documentElement.dataset.engine ?? ''),
    null,
    {
      timeout: 45_000,
    },
  );
  return page.evaluate(() => document.documentElement.dataset.engine ?? '');
}
