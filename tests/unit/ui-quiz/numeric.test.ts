// @vitest-environment happy-dom
// Numeric estimate: a labelled input with the unit and bounds, inline errors for empty or out-of-range entries, half credit for a close estimate.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { grade, type Grade, type QuizAnswer } from '../../../src/sim/quiz';
import { mountQuestionView } from '../../../src/ui/quiz/question-view';
import { createContext, prepared, questionOf, submit } from './harness';

afterEach(() => document.body.replaceChildren());

const question = questionOf('numeric');

async function mount(language = 'en') {
  const ctx = await createContext(language);
  // The game grades once and hands the stored grade back; the fake does the same with the engine.
  const onAnswered = vi.fn<(answer: QuizAnswer) => Grade | null>((answer) =>
    grade(question, answer),
  );
  mountQuestionView(document.body, {
    ctx,
    question,
    prepared: prepared(question),
    number: 1,
    total: 3,
    onAnswered,
    onNext: vi.fn(),
  });
  const input = document.querySelector<HTMLInputElement>('input[type="number"]');
  if (!input) throw new Error('no number input');
  return { ctx, onAnswered, input };
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('numeric question', () => {
  it('labels the input with the unit and offers the bounds and step', async () => {
    const { ctx, input } = await mount();
    const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
    expect(label).toContain(ctx.t(`quiz:units.${question.unit}`));
    expect(input.min).toBe(String(question.min));
    expect(input.max).toBe(String(question.max));
    expect(input.step).toBe(String(question.step));
  });

  it('explains an empty entry inline, marks the input invalid and focuses it', async () => {
    const { onAnswered, input } = await mount();
    submit(document);
    expect(onAnswered).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = (input.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '';
    const error = document.getElementById(errorId);
    expect(error?.hidden).toBe(false);
    expect(error?.textContent).toContain('Type a number: your estimate is missing.');
    expect(document.activeElement).toBe(input);
    // Said once, beside the input, not repeated in the form's alert.
    expect(document.querySelector('.quiz-alert')?.textContent).toBe('');
  });

  it('refuses an out-of-range entry, then clears the error once fixed', async () => {
    const { input } = await mount();
    type(input, String(question.max + 1));
    submit(document);
    const error = document.querySelector('.quiz-field-error');
    expect(error?.textContent).toContain(`Type a number from ${question.min} to ${question.max}.`);
    type(input, String(question.answer));
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(error?.hasAttribute('hidden')).toBe(true);
  });

  it('gives half credit for a close estimate and shows the article figure', async () => {
    const { ctx, onAnswered, input } = await mount();
    const close = question.answer + question.tolerance * 1.5;
    type(input, String(close));
    submit(document);
    expect(onAnswered.mock.calls[0]?.[0]).toEqual({ type: 'numeric', value: close });
    expect(onAnswered.mock.results[0]?.value.credit).toBe(0.5);
    expect(document.querySelector('.quiz-verdict')?.textContent).toContain(
      'Partly right: a close estimate',
    );
    const figure = new Intl.NumberFormat('en').format(question.answer);
    expect(document.querySelector('.quiz-right')?.textContent).toBe(
      `${figure} ${ctx.t(`quiz:units.${question.unit}`)}`,
    );
  });

  it('writes the figure the French way for a French player', async () => {
    const { input } = await mount('fr');
    type(input, String(question.answer));
    submit(document);
    const expected = new Intl.NumberFormat('fr').format(question.answer);
    expect(document.querySelector('.quiz-right')?.textContent).toContain(expected);
    expect(document.querySelector('.quiz-verdict')?.textContent).toContain('Bonne réponse');
  });
});
