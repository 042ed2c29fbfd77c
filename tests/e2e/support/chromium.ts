// Finds a Chromium to drive: CHROME_PATH, Debian's package, Playwright's cache, a last-chance install, else a clear error.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const INSTALL_HINT =
  'Install Chromium with: apt-get install -y chromium (or set CHROME_PATH to a Chromium or Chrome binary).';

function fromPlaywrightCache(): string | undefined {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return undefined;
  for (const dir of readdirSync(root)
    .filter((name) => name.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const candidate of [
      'chrome-linux64/chrome',
      'chrome-linux/chrome',
      'chrome-headless-shell-linux64/chrome-headless-shell',
    ]) {
      const path = join(root, dir, candidate);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${INSTALL_HINT}`);
  }
  const found = SYSTEM_PATHS.find((path) => existsSync(path)) ?? fromPlaywrightCache();
  if (found) return found;
  // CI installs Debian's package before the tests; a browser download is only a last resort on a developer's machine.
  if (!process.env.CI) {
    try {
      execFileSync('npx', ['playwright-core', 'install', 'chromium'], {
        stdio: 'inherit',
        timeout: 300_000,
      });
    } catch {
      // Fall through to the error below, which says what to do.
    }
    const installed = fromPlaywrightCache();
    if (installed) return installed;
  }
  throw new Error(`No Chromium found for the browser tests. ${INSTALL_HINT}`);
}

/** Flags for headless Chromium as root on a closed network (see docs/testing.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
