// @vitest-environment happy-dom
// The quit confirmation never offers to continue a finished game; "Continue" with no save explains, with no "coming soon" badge.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/services/settings';
import { createAppPanels } from '../../src/ui/app-panels';
import { translateTree } from '../../src/ui/dom';
import { createContext } from './ui-quiz/harness';

afterEach(() => document.body.replaceChildren());

async function panels() {
  const ctx = await createContext('en');
  const app = createAppPanels(document.body, {
    ctx,
    settings: {
      languages: ['fr', 'en'],
      canReadAloud: false,
      language: () => 'en',
      settings: () => DEFAULT_SETTINGS,
      onLanguage: vi.fn(),
      onChange: vi.fn(),
    },
    mountSource: async () => null,
    mountPlayers: async () => ({ refresh: vi.fn() }),
    onQuit: vi.fn(),
    onClosed: vi.fn(),
  });
  translateTree(document.body, ctx.t);
  return app;
}

describe('app panels', () => {
  it('asks to leave a game in progress, and says where a finished game stays', async () => {
    const app = await panels();
    const message = () => document.querySelector('#panel-quit .panel-body p')?.textContent ?? '';
    await app.open('quit', null).catch(() => undefined);
    expect(message()).toContain('You can continue it later');
    await app.open('quit', null, { finished: true }).catch(() => undefined);
    expect(message()).toContain('This game is over');
    expect(message()).not.toContain('continue it later');
  });

  it('explains an empty "Continue" without a "coming soon" badge', async () => {
    await panels();
    const body = document.querySelector('#panel-continue .panel-body');
    expect(body?.textContent).toContain('There is no saved game');
    expect(body?.querySelector('.badge')).toBeNull();
    expect(document.querySelector('#panel-join .panel-body .badge svg')).not.toBeNull();
  });
});
