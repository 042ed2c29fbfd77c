// The rules' purity is enforced by a tool: ESLint must reject clocks, Math.random and impure imports in src/sim and src/content.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// The first lint loads ESLint's whole config (over a second here, several under load).
describe('purity lint for the rules', { timeout: 30_000 }, () => {
  it.each([
    ['Math.random()', 'export const roll = Math.random();', 'no-restricted-properties'],
    ['Date.now()', 'export const now = Date.now();', 'no-restricted-properties'],
    ['new Date()', 'export const now = new Date();', 'no-restricted-syntax'],
    ['Phaser', "import Phaser from 'phaser';\nexport const p = Phaser;", 'no-restricted-imports'],
    ['localforage', "import lf from 'localforage';\nexport const s = lf;", 'no-restricted-imports'],
    ['i18next', "import i18n from 'i18next';\nexport const s = i18n;", 'no-restricted-imports'],
    ['a view', "import { h } from '../ui/dom';\nexport const s = h;", 'no-restricted-imports'],
    ['the DOM', 'export const el = document.body;', 'no-restricted-globals'],
  ])('rejects %s in src/sim', async (_name, code, rule) => {
    expect(await ruleIds(code, 'src/sim/purity-probe.ts')).toContain(rule);
    expect(await ruleIds(code, 'src/content/purity-probe.ts')).toContain(rule);
  });

  it('allows the same code in a view', async () => {
    expect(await ruleIds('export const roll = Math.random();', 'src/ui/purity-probe.ts')).toEqual(
      [],
    );
  });
});
