// "1,9 milliard" but "2,5 milliards": amounts in billions follow each language's plural.
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../support/i18n';

describe('{{amount, billions}}', () => {
  it('keeps milliard singular below 2 in French, and billion invariable in English', async () => {
    const i18n = await createTestI18n('fr', ['game', 'model'], 'game');
    const budget = (lng: string, amount: number) => i18n.t('game:hud.budget', { lng, amount });
    expect(budget('fr', 1.9)).toBe('Budget\u00a0: 1,9\u00a0milliard $');
    expect(budget('fr', 0.5)).toBe('Budget\u00a0: 0,5\u00a0milliard $');
    expect(budget('fr', 2)).toBe('Budget\u00a0: 2,0\u00a0milliards $');
    expect(budget('fr', 12.3)).toBe('Budget\u00a0: 12,3\u00a0milliards $');
    expect(budget('en', 1)).toBe('Budget: 1.0\u00a0billion $');
    expect(budget('en', 12.3)).toBe('Budget: 12.3\u00a0billion $');
  });
});

describe('{{change, signedBillions}}', () => {
  it('signs an event budget effect with a true minus and agrees the word with its size', async () => {
    const i18n = await createTestI18n('fr', ['game', 'model'], 'game');
    const effect = (lng: string, value: number) =>
      i18n.t('game:event.effectBudget', { lng, value });
    expect(effect('fr', -1.5)).toBe('Budget de l’an prochain\u00a0: \u22121,5\u00a0milliard $');
    expect(effect('fr', 2.5)).toBe('Budget de l’an prochain\u00a0: +2,5\u00a0milliards $');
    expect(effect('fr', -3)).toBe('Budget de l’an prochain\u00a0: \u22123,0\u00a0milliards $');
    expect(effect('en', -1.5)).toBe("Next year's budget: \u22121.5\u00a0billion $");
  });
});
