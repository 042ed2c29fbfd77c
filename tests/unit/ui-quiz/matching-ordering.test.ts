// @vitest-environment happy-dom
// Matching (labelled selects) and ordering (Up/Down buttons with focus kept and moves announced), with partial-credit wording.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  grade,
  type Grade,
  type MatchingQuestion,
  type OrderingQuestion,
  type QuizAnswer,
} from '../../../src/sim/quiz';
import { mountQuestionView } from '../../../src/ui/quiz/question-view';
import { createContext, prepared, questionOf, submit } from './harness';

afterEach(() => document.body.replaceChildren());

async function mount(question: MatchingQuestion | OrderingQuestion) {
  const ctx = await createContext('en');
  // The game grades once and hands the stored grade back; the fake does the same with the engine.
  const onAnswered = vi.fn<(answer: QuizAnswer) => Grade | null>((answer) =>
    grade(question, answer),
  );
  const prep = prepared(question);
  mountQuestionView(document.body, {
    ctx,
    question,
    prepared: prep,
    number: 4,
    total: 4,
    onAnswered,
    onNext: vi.fn(),
  });
  return { ctx, onAnswered, prep };
}

function choose(item: string, target: string): void {
  const select = document.querySelector<HTMLSelectElement>(`select[data-item="${item}"]`);
  if (!select) throw new Error(`no select for ${item}`);
  select.value = target;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('matching question', () => {
  const question = questionOf('matching');

  it('gives each item a labelled select with an empty "Choose…" option first', async () => {
    const { ctx, prep } = await mount(question);
    const selects = document.querySelectorAll('select');
    expect(selects).toHaveLength(question.items.length);
    for (const select of selects) {
      const label = document.querySelector(`label[for="${select.id}"]`);
      expect(label?.textContent).toBe(
        ctx.t(`quiz:questions.${question.id}.items.${select.dataset.item}`),
      );
      expect(select.options[0]?.textContent).toBe('Choose…');
      expect([...select.options].slice(1).map((o) => o.value)).toEqual(prep.targetOrder);
    }
  });

  it('names the missing rows, marks them invalid and focuses the first one', async () => {
    const { onAnswered } = await mount(question);
    const [first, second] = question.items;
    choose(first ?? '', question.answer[first ?? ''] ?? '');
    submit(document);
    expect(onAnswered).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain(
      `Items still without a match: ${question.items.length - 1}.`,
    );
    const firstEmpty = document.querySelector(`select[data-item="${second}"]`);
    expect(firstEmpty?.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.querySelector(`select[data-item="${first}"]`)?.hasAttribute('aria-invalid'),
    ).toBe(false);
    expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true');
  });

  it('gives partial credit in words and lists every right pair', async () => {
    const { ctx, onAnswered } = await mount(question);
    const [a, b, ...rest] = question.items;
    // Swap the first two items' targets, match the rest correctly.
    choose(a ?? '', question.answer[b ?? ''] ?? '');
    choose(b ?? '', question.answer[a ?? ''] ?? '');
    for (const item of rest) choose(item, question.answer[item] ?? '');
    submit(document);
    const graded = onAnswered.mock.results[0]?.value;
    expect(graded?.credit).toBeCloseTo(rest.length / question.items.length);
    const verdict = document.querySelector('.quiz-verdict')?.textContent ?? '';
    expect(verdict).toContain(`Partly right: ${rest.length} of ${question.items.length}`);
    expect(document.querySelector('.quiz-verdict')?.getAttribute('data-verdict')).toBe('partial');
    const lines = [...document.querySelectorAll('.quiz-right-list li')].map(
      (li) => li.textContent ?? '',
    );
    expect(lines).toHaveLength(question.items.length);
    const target = ctx.t(`quiz:questions.${question.id}.targets.${question.answer[a ?? '']}`);
    expect(lines[0]).toContain(target);
    expect(lines[0]).toContain('You chose:');
    expect(lines[2]).toContain('Right');
    const marks = [...document.querySelectorAll('.quiz-right-list li')].map((li) =>
      li.getAttribute('data-ok'),
    );
    expect(marks).toEqual(question.items.map((_, i) => String(i >= 2)));
    expect(document.querySelector('.quiz-next')?.textContent).toBe('Continue');
  });
});

describe('ordering question', () => {
  const question = questionOf('ordering');
  const rows = () =>
    [...document.querySelectorAll<HTMLElement>('.quiz-order-row')].map((li) => li.dataset.item);

  it('moves an item with its own named button, keeps focus on it and announces the new place', async () => {
    const { ctx, prep } = await mount(question);
    expect(rows()).toEqual(prep.itemOrder);
    const second = prep.itemOrder[1] ?? '';
    const name = ctx.t(`quiz:questions.${question.id}.items.${second}`);
    const up = document.querySelector<HTMLButtonElement>(
      `[data-item="${second}"] [data-direction="up"]`,
    );
    expect(up?.getAttribute('aria-label')).toBe(`Move ‘${name}’ up`);
    up?.click();
    expect(rows()[0]).toBe(second);
    expect(document.activeElement).toBe(up);
    expect(ctx.announced.at(-1)).toBe(
      `‘${name}’ is now in position 1 of ${question.items.length}.`,
    );
    expect(up?.getAttribute('aria-disabled')).toBe('true');
    up?.click();
    expect(ctx.announced.at(-1)).toBe(`‘${name}’ is already first.`);
  });

  it('grades the order the buttons made: full marks when sorted, pairs counted when not', async () => {
    const { onAnswered } = await mount(question);
    // Sort by repeatedly moving each expected item up to its place.
    question.items.forEach((item, target) => {
      while (rows().indexOf(item) > target) {
        document
          .querySelector<HTMLButtonElement>(`[data-item="${item}"] [data-direction="up"]`)
          ?.click();
      }
    });
    // Then swap the last two to lose exactly one pair.
    const last = question.items.at(-1) ?? '';
    document
      .querySelector<HTMLButtonElement>(`[data-item="${last}"] [data-direction="up"]`)
      ?.click();
    const shown = rows();
    expect(shown.slice(-2)).toEqual([last, question.items.at(-2)]);
    submit(document);
    const answer = onAnswered.mock.calls[0]?.[0];
    const graded = onAnswered.mock.results[0]?.value;
    expect(answer).toEqual({ type: 'ordering', order: shown });
    const pairs = (question.items.length * (question.items.length - 1)) / 2;
    expect(graded?.credit).toBeCloseTo((pairs - 1) / pairs);
    expect(document.querySelector('.quiz-verdict')?.textContent).toContain(
      `Partly right: ${pairs - 1} of ${pairs} pairs in the right order`,
    );
    const right = [...document.querySelectorAll('.quiz-right-list li')].map((li) => li.textContent);
    expect(right).toHaveLength(question.items.length);
  });
});
