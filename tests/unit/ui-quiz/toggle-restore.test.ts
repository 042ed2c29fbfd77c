// @vitest-environment happy-dom
// The "show in the other language" toggle keeps the player's selections; a submitted answer restores its feedback; a language switch repaints in place.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translateTree } from '../../../src/ui/dom';
import { grade } from '../../../src/sim/quiz';
import { mountQuestionView } from '../../../src/ui/quiz/question-view';
import { createContext, prepared, questionOf, submit } from './harness';

afterEach(() => document.body.replaceChildren());

describe('the other-language toggle', () => {
  it('is written in the other language and switches the content, keeping selections', async () => {
    const ctx = await createContext('fr');
    const question = questionOf('matching');
    mountQuestionView(document.body, {
      ctx,
      question,
      prepared: prepared(question),
      number: 1,
      total: 2,
      onAnswered: vi.fn(),
      onNext: vi.fn(),
    });
    const toggle = document.querySelector<HTMLButtonElement>('.quiz-toggle');
    // Not "Afficher en English": the whole label is in the language it shows.
    expect(toggle?.textContent).toBe('English version');
    expect(toggle?.querySelector('[lang="en"]')?.textContent).toBe('English version');
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
    const select = document.querySelector<HTMLSelectElement>('select');
    const item = select?.dataset.item ?? '';
    const target = question.answer[item] ?? '';
    if (select) select.value = target;
    toggle?.click();
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    // The announcement is a French sentence, so it names English in French.
    expect(ctx.announced.at(-1)).toBe('Question affichée en anglais.');
    const legend = document.querySelector('legend');
    expect(legend?.textContent).toBe(ctx.tIn('en')(`quiz:questions.${question.id}.prompt`));
    expect(legend?.getAttribute('lang')).toBe('en');
    expect(document.querySelector(`label[for="${select?.id}"]`)?.textContent).toBe(
      ctx.tIn('en')(`quiz:questions.${question.id}.items.${item}`),
    );
    expect(select?.value).toBe(target);
    expect(select?.selectedOptions[0]?.textContent).toBe(
      ctx.tIn('en')(`quiz:questions.${question.id}.targets.${target}`),
    );
    // Interface words stay in the player's language.
    expect(document.querySelector('.quiz-submit')?.textContent).toBe('Vérifier ma réponse');
    toggle?.click();
    expect(ctx.announced.at(-1)).toBe('Question affichée en français.');
    expect(legend?.textContent).toBe(ctx.tIn('fr')(`quiz:questions.${question.id}.prompt`));
    expect(legend?.getAttribute('lang')).toBe('fr');
  });

  it('works on the feedback too: explanation and right answer in the other language', async () => {
    const ctx = await createContext('en');
    const question = questionOf('multiple-choice');
    if (question.type !== 'multiple-choice') throw new Error('type');
    mountQuestionView(document.body, {
      ctx,
      question,
      prepared: prepared(question),
      number: 1,
      total: 2,
      onAnswered: (answer) => grade(question, answer),
      onNext: vi.fn(),
    });
    document.querySelector<HTMLInputElement>(`input[value="${question.answer}"]`)?.click();
    submit(document);
    document.querySelector<HTMLButtonElement>('.quiz-toggle')?.click();
    const explanation = document.querySelector('.quiz-explanation');
    expect(explanation?.textContent).toBe(
      ctx.tIn('fr')(`quiz:questions.${question.id}.explanation`),
    );
    expect(explanation?.getAttribute('lang')).toBe('fr');
    expect(document.querySelector('.quiz-right [lang]')?.textContent).toBe(
      ctx.tIn('fr')(`quiz:questions.${question.id}.choices.${question.answer}`),
    );
  });
});

describe('restoring a submitted answer', () => {
  it('shows the feedback without the form and without grading again', async () => {
    const ctx = await createContext('en');
    const question = questionOf('multiple-choice', 'open-source-deepseek-date');
    if (question.type !== 'multiple-choice') throw new Error('type');
    const onAnswered = vi.fn();
    const submitted = { type: 'multiple-choice', choice: question.answer } as const;
    mountQuestionView(document.body, {
      ctx,
      question,
      prepared: prepared(question),
      number: 3,
      total: 4,
      submitted: { answer: submitted, grade: grade(question, submitted) },
      onAnswered,
      onNext: vi.fn(),
    });
    expect(document.querySelector('form')).toBeNull();
    expect(onAnswered).not.toHaveBeenCalled();
    expect(ctx.cues).toEqual([]);
    expect(grade(question, submitted).correct).toBe(true);
    expect(document.querySelector('.quiz-verdict')?.textContent).toContain('Correct');
    // The DeepSeek date question carries the source note.
    expect(document.querySelector('.quiz-source-note')?.textContent).toContain(
      ctx.t(`quiz:questions.${question.id}.sourceNote`),
    );
  });

  it('repaints in place after a language switch', async () => {
    const ctx = await createContext('en');
    const question = questionOf('true-false');
    const screen = mountQuestionView(document.body, {
      ctx,
      question,
      prepared: prepared(question),
      number: 1,
      total: 1,
      onAnswered: vi.fn(),
      onNext: vi.fn(),
    });
    const radio = document.querySelector<HTMLInputElement>('input[value="false"]');
    radio?.click();
    ctx.setLanguage('fr');
    translateTree(document.body, ctx.t);
    expect(document.querySelector('h2')?.textContent).toContain('Question 1 sur 1');
    expect(document.querySelector('.quiz-toggle')?.textContent).toBe('English version');
    expect(document.querySelector('input[value="false"]')).toBe(radio);
    expect(radio?.checked).toBe(true);
    screen.destroy();
    expect(document.querySelector('.quiz')).toBeNull();
  });
});
