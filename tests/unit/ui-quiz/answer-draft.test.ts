// @vitest-environment happy-dom
// A half-entered answer survives a reload, as the budget sliders do: matches chosen, a number typed, a choice ticked, an order changed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { grade, type QuizQuestion } from '../../../src/sim/quiz';
import { slotDrafts, type DraftSlot } from '../../../src/ui/quiz/answer-draft';
import { mountQuestionView } from '../../../src/ui/quiz/question-view';
import { createContext, prepared, questionOf, submit } from './harness';

afterEach(() => document.body.replaceChildren());

/** A tab's sessionStorage, kept across "reloads" (a new mount). */
function tabStorage(): DraftSlot & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v) };
}

async function mount(question: QuizQuestion, slot: DraftSlot, owner = 'game-1:q') {
  document.body.replaceChildren();
  const ctx = await createContext('en');
  const onAnswered = vi.fn((answer: Parameters<typeof grade>[1]) => grade(question, answer));
  const screen = mountQuestionView(document.body, {
    ctx,
    question,
    prepared: prepared(question),
    number: 1,
    total: 3,
    onAnswered,
    onNext: vi.fn(),
    drafts: slotDrafts(slot, owner),
  });
  return { screen, onAnswered };
}

const fire = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));

describe('a half-entered answer after a reload', () => {
  it('keeps the matches already chosen (two of four)', async () => {
    const slot = tabStorage();
    const question = questionOf('matching');
    await mount(question, slot);
    const selects = [...document.querySelectorAll('select')];
    expect(selects.length).toBeGreaterThan(2);
    const picks = selects.slice(0, 2).map((s) => {
      s.selectedIndex = 2;
      fire(s, 'change');
      return [s.id, s.value] as const;
    });
    await mount(question, slot);
    for (const [id, value] of picks)
      expect(document.querySelector<HTMLSelectElement>(`#${id}`)?.value).toBe(value);
    expect(document.querySelectorAll<HTMLSelectElement>('select')[2]?.value).toBe('');
  });

  it('keeps a typed number and a ticked choice', async () => {
    const slot = tabStorage();
    const numeric = questionOf('numeric');
    await mount(numeric, slot);
    const input = document.querySelector<HTMLInputElement>('input[type=number], input[inputmode]');
    if (!input) throw new Error('no number input');
    input.value = '42';
    fire(input, 'input');
    await mount(numeric, slot);
    expect(document.querySelector<HTMLInputElement>(`#${input.id}`)?.value).toBe('42');

    const choice = questionOf('multiple-choice');
    await mount(choice, slot);
    const radio = document.querySelectorAll<HTMLInputElement>('input[type=radio]')[1];
    if (!radio) throw new Error('no radio');
    radio.click();
    await mount(choice, slot);
    expect(document.querySelector<HTMLInputElement>(`#${radio.id}`)?.checked).toBe(true);
  });

  it('keeps an order the player changed', async () => {
    const slot = tabStorage();
    const question = questionOf('ordering');
    await mount(question, slot);
    const items = () =>
      [...document.querySelectorAll<HTMLElement>('.quiz-ordering [data-item]')].map(
        (row) => row.dataset.item,
      );
    const before = items();
    document.querySelector<HTMLButtonElement>('[data-direction="down"]')?.click();
    const moved = items();
    expect(moved).not.toEqual(before);
    await mount(question, slot);
    expect(items()).toEqual(moved);
  });

  it('is gone once the answer is submitted, and never fills another question or game', async () => {
    const slot = tabStorage();
    const question = questionOf('multiple-choice');
    await mount(question, slot);
    document.querySelectorAll<HTMLInputElement>('input[type=radio]')[0]?.click();
    await mount(question, slot, 'game-2:q');
    expect(
      [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].some((r) => r.checked),
    ).toBe(false);
    await mount(question, slot);
    expect(document.querySelectorAll<HTMLInputElement>('input[type=radio]')[0]?.checked).toBe(true);
    submit(document.body);
    await mount(question, slot);
    expect(document.querySelector('.quiz-feedback')).toBeNull();
    expect(
      [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].some((r) => r.checked),
    ).toBe(false);
  });

  it('ignores a stored draft that is not one (hostile or broken text)', async () => {
    const slot = tabStorage();
    slot.set('quiz-draft', '{"owner":"game-1:q","draft":{"values":{"x":{"__proto__":1}}}}');
    await mount(questionOf('matching'), slot);
    slot.set('quiz-draft', 'not json');
    await mount(questionOf('matching'), slot);
    expect(document.querySelectorAll('select').length).toBeGreaterThan(0);
  });
});
