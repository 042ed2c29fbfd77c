// @vitest-environment happy-dom
// The join form: a typo or a swap in the code is caught with a translated reason, a good code shows its settings, a nickname is required.
import { afterEach, describe, expect, it } from 'vitest';
import {
  encodeSessionCode,
  type ClassSettings,
} from '../../../src/services/classroom/session-code';
import { translateTree } from '../../../src/ui/dom';
import { joinForm, type JoinChoice } from '../../../src/ui/classroom/join-form';
import { classContext } from './harness';

const SETTINGS: ClassSettings = {
  length: 'short',
  difficulty: 'hard',
  language: 'fr',
  checkpoints: false,
  timerSeconds: 30,
  seed: 777,
};

afterEach(() => document.body.replaceChildren());

async function mounted(language = 'en') {
  const ctx = await classContext(language);
  const joined: JoinChoice[] = [];
  const form = joinForm(ctx, (choice) => joined.push(choice));
  document.body.append(form.element);
  translateTree(document.body, ctx.t);
  const code = document.querySelector<HTMLInputElement>('#join-code');
  const nickname = document.querySelector<HTMLInputElement>('#join-nickname');
  if (!code || !nickname) throw new Error('fields missing');
  const type = (value: string) => {
    code.value = value;
    code.dispatchEvent(new Event('change'));
  };
  const submit = () => form.element.dispatchEvent(new Event('submit', { cancelable: true }));
  const error = () => document.querySelector('#join-code-error')?.textContent ?? '';
  return { ctx, form, code, nickname, joined, type, submit, error };
}

describe('the join form', () => {
  it('catches two swapped neighbours and says so in the player’s language', async () => {
    const code = encodeSessionCode(SETTINGS).replace(/-/g, '');
    let swapped = code;
    for (let i = 0; i < code.length - 1 && swapped === code; i += 1)
      swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
    const en = await mounted('en');
    en.type(swapped);
    expect(en.error()).toMatch(/typo/);
    expect(en.code.getAttribute('aria-invalid')).toBe('true');
    expect(en.ctx.announced.at(-1)).toBe(en.error());
    document.body.replaceChildren();
    const fr = await mounted('fr');
    fr.type(swapped);
    expect(fr.error()).toMatch(/faute de frappe/);
  });

  it('reads a lower-case code, a join link and look-alikes, and shows the session’s settings', async () => {
    const { type, error, code } = await mounted();
    const good = encodeSessionCode(SETTINGS);
    type(`https://example.org/game/?class=${good.toLowerCase()}`);
    expect(error()).toBe('');
    expect(code.hasAttribute('aria-invalid')).toBe(false);
    const summary = document.querySelector('.join-summary')?.textContent ?? '';
    expect(summary).toContain(good);
    expect(summary).toContain('Difficulty: Hard');
    expect(summary).toContain('Quiz checkpoints: off');
    expect(summary).toContain('30 seconds');
    expect(summary).toContain('French');
  });

  it('asks for a nickname before joining, then hands over the settings', async () => {
    const { type, submit, nickname, joined } = await mounted();
    type(encodeSessionCode(SETTINGS));
    submit();
    expect(joined).toEqual([]);
    expect(document.querySelector('#join-nickname-error')?.textContent).toMatch(/nickname/);
    nickname.value = '  Léa\u200b ';
    submit();
    expect(joined).toEqual([
      { code: encodeSessionCode(SETTINGS), settings: { ...SETTINGS, rules: 2 }, nickname: 'Léa' },
    ]);
  });

  it('stays quiet while a code is still being typed, but judges a wrong character at once', async () => {
    const { code, error } = await mounted();
    code.value = 'K7Q';
    code.dispatchEvent(new Event('input'));
    expect(error()).toBe('');
    code.value = 'K7Q!';
    code.dispatchEvent(new Event('input'));
    expect(error()).toContain('“!”');
  });
});
