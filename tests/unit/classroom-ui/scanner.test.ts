// @vitest-environment happy-dom
// The camera scanner explains in words why the camera cannot be used (none here, or permission refused), and pasting stays the way in.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translateTree } from '../../../src/ui/dom';
import { qrScanner } from '../../../src/ui/classroom/scanner';
import { classContext } from './harness';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function mounted() {
  const ctx = await classContext('en');
  const scanner = qrScanner(ctx, () => undefined);
  document.body.append(scanner.element);
  translateTree(document.body, ctx.t);
  const start = document.querySelector<HTMLButtonElement>('#class-scan');
  if (!start) throw new Error('no scan button');
  return { ctx, start, status: () => document.querySelector('[role="status"]')?.textContent ?? '' };
}

describe('the camera scanner', () => {
  it('says so when the browser has no camera access', async () => {
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: undefined });
    const { start, status, ctx } = await mounted();
    start.click();
    expect(status()).toMatch(/no camera access.*Paste the codes/);
    expect(ctx.announced.at(-1)).toBe(status());
  });

  it('says why when the camera is refused, and offers it again', async () => {
    const refused = Object.assign(new Error('denied'), { name: 'NotAllowedError' });
    vi.stubGlobal('navigator', {
      ...navigator,
      mediaDevices: { getUserMedia: () => Promise.reject(refused) },
    });
    const { start, status } = await mounted();
    start.click();
    await vi.waitFor(() => expect(status()).toContain('NotAllowedError'));
    expect(status()).toMatch(/Paste the codes or choose the files/);
    expect(start.hidden).toBe(false);
  });
});
