// @vitest-environment happy-dom
// The new-session form: every setting reaches the session, a typed scenario number is checked, and a random one is asked for otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { translateTree } from '../../../src/ui/dom';
import {
  parseClassSeed,
  sessionForm,
  type SessionChoice,
} from '../../../src/ui/classroom/session-form';
import { classContext } from './harness';

afterEach(() => document.body.replaceChildren());

async function mounted() {
  const ctx = await classContext('en');
  const created: SessionChoice[] = [];
  const form = sessionForm(ctx, { randomSeed: () => 123, onCreate: (c) => created.push(c) });
  document.body.append(form);
  translateTree(document.body, ctx.t);
  const pick = (name: string, value: string) => {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (!input) throw new Error(`${name}=${value} missing`);
    input.click();
  };
  const submit = () => form.dispatchEvent(new Event('submit', { cancelable: true }));
  return { form, created, pick, submit };
}

describe('the new-session form', () => {
  it('creates a short, normal, any-language session with checkpoints, no timer and a random seed by default', async () => {
    const { created, submit } = await mounted();
    submit();
    expect(created).toEqual([
      {
        settings: {
          length: 'short',
          difficulty: 'normal',
          language: 'any',
          checkpoints: true,
          timerSeconds: 0,
          seed: 123,
        },
        label: '',
      },
    ]);
  });

  it('takes every choice and a typed scenario number', async () => {
    const { form, created, pick, submit } = await mounted();
    // (happy-dom misses a radio click after clicks in other groups: the seed is picked first.)
    pick('seed', 'typed');
    pick('length', 'standard');
    pick('difficulty', 'hard');
    pick('language', 'fr');
    pick('checkpoints', 'off');
    const timer = form.querySelector<HTMLSelectElement>('select[name="timer"]');
    if (timer) timer.value = '45';
    const seed = form.querySelector<HTMLInputElement>('input[name="seedValue"]');
    const label = form.querySelector<HTMLInputElement>('input[name="label"]');
    if (!seed || !label) throw new Error('fields missing');
    expect(seed.disabled).toBe(false);
    seed.value = '4242';
    label.value = '  Year 10 B ';
    submit();
    expect(created[0]).toEqual({
      settings: {
        length: 'standard',
        difficulty: 'hard',
        language: 'fr',
        checkpoints: false,
        timerSeconds: 45,
        seed: 4242,
      },
      label: 'Year 10 B',
    });
  });

  it('refuses a scenario number out of range with a message, and creates nothing', async () => {
    const { form, created, pick, submit } = await mounted();
    pick('seed', 'typed');
    const seed = form.querySelector<HTMLInputElement>('input[name="seedValue"]');
    if (!seed) throw new Error('seed missing');
    seed.value = String(2 ** 30);
    submit();
    expect(created).toEqual([]);
    expect(seed.getAttribute('aria-invalid')).toBe('true');
    expect(form.querySelector('.field-error')?.textContent).toContain('1073741823');
  });

  it('reads scenario numbers strictly', () => {
    expect(parseClassSeed(' 0 ')).toBe(0);
    expect(parseClassSeed('1073741823')).toBe(2 ** 30 - 1);
    expect(parseClassSeed('1073741824')).toBeNull();
    expect(parseClassSeed('12a')).toBeNull();
    expect(parseClassSeed('-1')).toBeNull();
  });
});
