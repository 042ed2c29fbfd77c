// @vitest-environment happy-dom
// A waiting update never interrupts the game: the card applies it only on "Update now", after the saves settle, and "Later" leaves it for the next start.
import { describe, expect, it } from 'vitest';
import { showUpdatePrompt } from '../../../src/pwa-prompt';
import en from '../../../locales/en/ui.json';

const t = (key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string;

function setup() {
  document.body.replaceChildren();
  const overlay = document.createElement('div');
  document.body.append(overlay);
  const calls: string[] = [];
  let settle: () => void = () => undefined;
  const deps = {
    overlay,
    t,
    settled: () =>
      new Promise<void>((resolve) => {
        calls.push('settled');
        settle = resolve;
      }),
  };
  const apply = async () => void calls.push('apply');
  return { overlay, calls, deps, apply, settle: () => settle() };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the update card', () => {
  it('shows translated text and real buttons, and applies nothing by itself', async () => {
    const { overlay, calls, deps, apply } = setup();
    showUpdatePrompt(deps, apply);
    showUpdatePrompt(deps, apply);
    expect(overlay.querySelectorAll('.update-prompt')).toHaveLength(1);
    const buttons = [...overlay.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual([en.app.update.apply, en.app.update.later]);
    expect(overlay.querySelector('.update-prompt p')?.textContent).toBe(en.app.update.ready);
    await flush();
    expect(calls).toEqual([]);
  });

  it('applies on "Update now" only once the saves are on disk', async () => {
    const { overlay, calls, deps, apply, settle } = setup();
    showUpdatePrompt(deps, apply);
    overlay.querySelector<HTMLButtonElement>('.update-prompt .primary')?.click();
    await flush();
    expect(calls).toEqual(['settled']);
    settle();
    await flush();
    expect(calls).toEqual(['settled', 'apply']);
  });

  it('"Later" hides the card and applies nothing', async () => {
    const { overlay, calls, deps, apply } = setup();
    showUpdatePrompt(deps, apply);
    const later = [...overlay.querySelectorAll('button')].find(
      (b) => b.textContent === en.app.update.later,
    );
    later?.click();
    await flush();
    expect(overlay.querySelector('.update-prompt')).toBeNull();
    expect(calls).toEqual([]);
  });
});
