// The Content-Security-Policy in a real Chromium: a whole short game (engine, sounds, saves) breaks no rule of it and asks nothing off the origin.
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { startShortGame, step, waitForScreen } from './support/kill';

let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** What the page's policy says, read from its meta tag. */
const POLICY = `document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? ''`;

describe('content security policy', () => {
  it('plays a whole short game with no violation and no request off the origin', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page } = session;
    await page.addInitScript(() => {
      window.__cspViolations = [];
      // Registered before any page script runs, so a violation at start-up is caught too.
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations?.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(session.baseUrl);
    const policy = String(await page.evaluate(POLICY));
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    // The policy bites: an inline script added by the page is refused (a test that could not fail proves nothing).
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    await expect
      .poll(() => page.evaluate(() => window.__cspViolations ?? []))
      .toEqual(['script-src-elem inline']);
    // A key press loads Howler, so the sounds' code and files run under the policy too.
    await page.keyboard.press('Shift');
    let shown = await startShortGame(page, `${session.baseUrl}?seed=8`);
    for (let steps = 0; shown.kind !== 'results' && steps < 200; steps += 1) {
      shown = await step(page);
    }
    expect(shown.kind).toBe('results');
    await waitForScreen(page);
    await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
    // A new page load (the game's URL) started a new list: the refused script above is not in it.
    expect(await page.evaluate(() => window.__cspViolations ?? [])).toEqual([]);
    expect(session.problems.filter((p) => !p.includes('Content Security Policy'))).toEqual([]);
  }, 240_000);
});
