// @vitest-environment happy-dom
// The quiz mastery sentences agree in number in French: below 2 a count takes the singular ("1 bonne réponse", "1,5 bonne réponse").
import { describe, expect, it } from 'vitest';
import { formats } from '../../../src/ui/results/format';
import { masterySection } from '../../../src/ui/results/mastery';
import { makeI18n } from './helpers';

const answers = (credits: readonly number[]) =>
  credits.map((credit, i) => ({ questionId: `q${i}`, section: 'intro' as const, credit }));

async function overall(language: string, credits: readonly number[]): Promise<string> {
  const i18n = await makeI18n(language);
  const section = masterySection(answers(credits), (k, o) => i18n.t(k, o), formats(language));
  return section.querySelector('.mastery-overall')?.textContent ?? '';
}

describe('quiz mastery sentences', () => {
  it('say "bonne réponse" in the singular below 2 and "bonnes réponses" from 2 on', async () => {
    expect(await overall('fr', [1, 0, 0])).toContain('1 bonne réponse sur 3');
    expect(await overall('fr', [1, 0.5, 0])).toContain('1,5 bonne réponse sur 3');
    expect(await overall('fr', [1, 1, 0])).toContain('2 bonnes réponses sur 3');
  });

  it('read the same in English whatever the count', async () => {
    expect(await overall('en', [1, 0, 0])).toContain('Overall: 1 of 3 right');
    expect(await overall('en', [1, 1, 0])).toContain('Overall: 2 of 3 right');
  });
});

describe('quiz mastery on the results', () => {
  it('shows the overall share and the part to re-read, with the per-part list folded until opened', async () => {
    const i18n = await makeI18n('en');
    const section = masterySection(
      [
        { questionId: 'a', section: 'intro', credit: 0 },
        { questionId: 'b', section: 'challenges', credit: 1 },
      ],
      (k, o) => i18n.t(k, o),
      formats('en'),
    );
    const details = section.querySelector('details');
    expect(section.querySelector('.mastery-overall')?.textContent).toContain('1 of 2 right');
    expect(section.querySelector('.mastery-hint')?.closest('details')).toBeNull();
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toMatch(/\(\d+\)$/);
    expect(details?.querySelectorAll('.mastery-list .mastery-row').length).toBeGreaterThan(1);
  });
});
