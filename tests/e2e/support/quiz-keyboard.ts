// Answers the checkpoint question on screen with the keyboard alone, right or wrong on purpose.
import type { Page } from 'playwright-core';
import { QUESTION_BANK } from '../../../src/content/questions';
import type { QuizQuestion } from '../../../src/sim/quiz';
import { focusedMatches, pressTimes, tabTo } from './keyboard';

const bank = new Map(QUESTION_BANK.map((q) => [q.id, q]));

export async function questionOnScreen(page: Page): Promise<QuizQuestion> {
  const labelledBy = await page.getAttribute('.quiz', 'aria-labelledby');
  const id = labelledBy?.replace(/^quiz-/, '').replace(/-heading$/, '') ?? '';
  const question = bank.get(id);
  if (!question) throw new Error(`No question ${id} in the bank`);
  return question;
}

async function chooseRadio(page: Page, value: string): Promise<void> {
  const values = await page.$$eval('.quiz-form input[type=radio]', (inputs) =>
    inputs.map((i) => (i as HTMLInputElement).value),
  );
  await tabTo(page, '.quiz-form input[type=radio]');
  await page.keyboard.press('Space'); // checks the first radio of the group
  await pressTimes(page, 'ArrowDown', values.indexOf(value));
}

async function matchAll(
  page: Page,
  pairs: Readonly<Record<string, string>>,
  fallbackTarget: string,
): Promise<void> {
  const rows = await page.$$eval('.quiz-form select', (selects) =>
    selects.map((select) => ({
      id: select.id,
      item: (select as HTMLSelectElement).dataset.item ?? '',
      options: [...(select as HTMLSelectElement).options].map((o) => o.value),
    })),
  );
  for (const row of rows) {
    await tabTo(page, `select[id="${row.id}"]`);
    const target = pairs[row.item] ?? fallbackTarget;
    await pressTimes(page, 'ArrowDown', row.options.indexOf(target));
  }
}

/** Moves items with their "Up" buttons until the list reads `target` top to bottom. */
async function order(page: Page, target: readonly string[]): Promise<void> {
  for (const [position, item] of target.entries()) {
    const current = await page.$$eval('.quiz-order-row', (rows) =>
      rows.map((r) => (r as HTMLElement).dataset.item ?? ''),
    );
    const steps = current.indexOf(item) - position;
    const up = `.quiz-order-row[data-item="${item}"] .quiz-move[data-direction="up"]`;
    for (let i = 0; i < steps; i += 1) {
      if (!(await focusedMatches(page, up))) await tabTo(page, up);
      await page.keyboard.press('Enter');
    }
  }
}

async function typeNumber(page: Page, value: number): Promise<void> {
  await tabTo(page, '.quiz-form input[type=number]');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(value));
}

/** Fills in the answer; `right` false gives a plausible wrong one. */
export async function answerWithKeyboard(
  page: Page,
  q: QuizQuestion,
  right: boolean,
): Promise<void> {
  switch (q.type) {
    case 'multiple-choice':
      return chooseRadio(page, right ? q.answer : (q.choices.find((c) => c !== q.answer) ?? ''));
    case 'true-false':
      return chooseRadio(page, String(right ? q.answer : !q.answer));
    case 'matching': {
      const wrong = Object.fromEntries(
        q.items.map((item) => [item, q.targets.find((t) => t !== q.answer[item]) ?? '']),
      );
      return matchAll(page, right ? q.answer : wrong, q.targets[0] ?? '');
    }
    case 'ordering':
      // The list is shown shuffled (never already right): leaving it as it is answers wrong.
      return right ? order(page, q.items) : undefined;
    case 'numeric':
      return typeNumber(
        page,
        right ? q.answer : Math.abs(q.max - q.answer) > Math.abs(q.answer - q.min) ? q.max : q.min,
      );
  }
}
