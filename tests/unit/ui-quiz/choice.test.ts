// @vitest-environment happy-dom
// Multiple choice and true/false: radios in a fieldset, an incomplete-answer message, then feedback with verdict, right answer, explanation and the quote with its translation.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { grade, type Grade, type QuizAnswer } from '../../../src/sim/quiz';
import { mountQuestionView } from '../../../src/ui/quiz/question-view';
import { createContext, prepared, questionOf, submit } from './harness';

afterEach(() => document.body.replaceChildren());

async function mountChoice(type: 'multiple-choice' | 'true-false', language = 'en') {
  const ctx = await createContext(language);
  const question = questionOf(type);
  // The game grades once and hands the stored grade back; the fake does the same with the engine.
  const onAnswered = vi.fn<(answer: QuizAnswer) => Grade | null>((answer) =>
    grade(question, answer),
  );
  const onNext = vi.fn();
  const screen = mountQuestionView(document.body, {
    ctx,
    question,
    prepared: prepared(question),
    number: 2,
    total: 4,
    onAnswered,
    onNext,
  });
  return { ctx, question, onAnswered, onNext, screen };
}

function radio(value: string): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`);
  if (!input) throw new Error(`no radio ${value}`);
  return input;
}

describe('multiple-choice question', () => {
  it('shows the number, the type and the prompt as the legend of labelled radios', async () => {
    const { ctx, question } = await mountChoice('multiple-choice');
    expect(document.querySelector('h2')?.textContent).toContain('Question 2 of 4');
    expect(document.querySelector('h2')?.textContent).toContain('Multiple choice');
    expect(document.querySelector('fieldset legend')?.textContent).toBe(
      ctx.t(`quiz:questions.${question.id}.prompt`),
    );
    const radios = document.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios).toHaveLength(question.type === 'multiple-choice' ? question.choices.length : 0);
    for (const input of radios)
      expect(document.querySelector(`label[for="${input.id}"]`)?.textContent).not.toBe('');
  });

  it('refuses an empty answer with a message and focuses the first option', async () => {
    const { onAnswered } = await mountChoice('multiple-choice');
    submit(document);
    expect(onAnswered).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('Choose one answer');
    expect(document.activeElement).toBe(document.querySelector('input[type="radio"]'));
  });

  it('grades the right choice and shows full feedback with the Next button focused', async () => {
    const { ctx, question, onAnswered, onNext } = await mountChoice('multiple-choice');
    if (question.type !== 'multiple-choice') throw new Error('type');
    radio(question.answer).click();
    submit(document);
    expect(onAnswered).toHaveBeenCalledTimes(1);
    const answer = onAnswered.mock.calls[0]?.[0];
    const graded = onAnswered.mock.results[0]?.value;
    expect(answer).toEqual({ type: 'multiple-choice', choice: question.answer });
    expect(graded?.correct).toBe(true);
    const feedback = document.querySelector('.quiz-feedback');
    expect(document.querySelector('form')).toBeNull();
    expect(feedback?.querySelector('.quiz-verdict')?.textContent).toContain('Correct');
    expect(feedback?.querySelector('.quiz-right [lang]')?.textContent).toBe(
      ctx.t(`quiz:questions.${question.id}.choices.${question.answer}`),
    );
    expect(feedback?.textContent).toContain(ctx.t(`quiz:questions.${question.id}.explanation`));
    const quote = feedback?.querySelector('blockquote[lang="fr"]');
    expect(quote?.textContent).toBe(ctx.tIn('fr')(`quiz:questions.${question.id}.quote`));
    expect(feedback?.querySelector('.quiz-quote p[lang="en"]')?.textContent).toBe(
      ctx.tIn('en')(`quiz:questions.${question.id}.quote`),
    );
    expect(feedback?.textContent).toContain(ctx.t(`source:sections.${question.section}.title`));
    // The sound follows the store's answer/graded transition, not the view (game-effects).
    expect(ctx.cues).toEqual([]);
    expect(ctx.announced).toContain('Correct');
    const next = document.querySelector<HTMLButtonElement>('.quiz-next');
    expect(document.activeElement).toBe(next);
    expect(next?.textContent).toBe('Next question');
    next?.click();
    expect(onNext).toHaveBeenCalledTimes(1);
  });

  it('says "Not quite" for a wrong choice and spells out the right one', async () => {
    const { ctx, question, onAnswered } = await mountChoice('multiple-choice');
    if (question.type !== 'multiple-choice') throw new Error('type');
    const wrong = question.choices.find((c) => c !== question.answer) ?? '';
    radio(wrong).click();
    submit(document);
    expect(onAnswered.mock.results[0]?.value.credit).toBe(0);
    expect(document.querySelector('.quiz-verdict')?.textContent).toContain('Not quite');
    expect(document.querySelector('.quiz-verdict')?.getAttribute('data-verdict')).toBe('wrong');
    expect(document.querySelector('.quiz-right [lang]')?.textContent).toBe(
      ctx.t(`quiz:questions.${question.id}.choices.${question.answer}`),
    );
    expect(document.querySelector('.quiz-yours')?.textContent).toContain(
      ctx.t(`quiz:questions.${question.id}.choices.${wrong}`),
    );
    expect(ctx.cues).toEqual([]);
  });
});

describe('true/false question', () => {
  it('offers True then False and grades the answer, in French too', async () => {
    const { question, onAnswered } = await mountChoice('true-false', 'fr');
    if (question.type !== 'true-false') throw new Error('type');
    const labels = [...document.querySelectorAll('.quiz-option')].map((l) => l.textContent);
    expect(labels).toEqual(['Vrai', 'Faux']);
    expect(document.querySelector('h2')?.textContent).toContain('Question 2 sur 4');
    radio(String(question.answer)).click();
    submit(document);
    expect(onAnswered.mock.calls[0]?.[0]).toEqual({ type: 'true-false', value: question.answer });
    expect(onAnswered.mock.results[0]?.value.correct).toBe(true);
    expect(document.querySelector('.quiz-verdict')?.textContent).toContain('Bonne réponse');
    expect(document.querySelector('.quiz-right [lang]')?.textContent).toBe(
      question.answer ? 'Vrai' : 'Faux',
    );
    // A French player reads the French quote and its English translation.
    expect(document.querySelector('.quiz-quote [lang="en"]')?.textContent).not.toBe('');
  });

  it('shows the feedback only once the answer is on disk, and takes no second answer meanwhile', async () => {
    const ctx = await createContext('en');
    const question = questionOf('multiple-choice');
    if (question.type !== 'multiple-choice') throw new Error('type');
    let written: () => void = () => undefined;
    const onAnswered = vi.fn(
      (answer: QuizAnswer) =>
        new Promise<Grade | null>((resolve) => (written = () => resolve(grade(question, answer)))),
    );
    mountQuestionView(document.body, {
      ctx,
      question,
      prepared: prepared(question),
      number: 1,
      total: 4,
      onAnswered,
      onNext: () => undefined,
    });
    radio(question.answer).click();
    submit(document);
    submit(document);
    expect(onAnswered).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.quiz-feedback')).toBeNull();
    written();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('.quiz-feedback .quiz-verdict')?.textContent).toContain(
      'Correct',
    );
  });
});
