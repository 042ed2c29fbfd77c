// @vitest-environment happy-dom
// The checkpoint summary says what the credit it reports does, from the rules' own numbers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translateTree } from '../../../src/ui/dom';
import { mountCheckpointScreen } from '../../../src/ui/screens/checkpoint-screen';
import { playUntil } from '../../support/headless';
import { createContext } from './harness';

afterEach(() => document.body.replaceChildren());

describe('the checkpoint summary', () => {
  it.each([
    ['en', /credit.*260% further.*20% a year/],
    ['fr', /crédit.*260\s%.*20\s%/],
  ])('explains what credit does in %s', async (lang, expected) => {
    const ctx = await createContext(lang);
    const { session } = playUntil(
      { seed: 3, difficulty: 'normal', length: 'short' },
      ({ session: s }) =>
        s.checkpoint !== null && s.checkpoint.current >= s.checkpoint.questions.length,
    );
    const checkpoint = session.checkpoint;
    if (!checkpoint) throw new Error('no checkpoint summary reached');
    mountCheckpointScreen(document.body, ctx, session.game, checkpoint, [1, 0.5, 0], {
      question: () => undefined,
      onAnswer: vi.fn(),
      onNext: vi.fn(),
      onStart: vi.fn(),
      onFinish: vi.fn(),
    });
    translateTree(document.body, ctx.t);
    const text = document.querySelector('.checkpoint-summary')?.textContent ?? '';
    expect(text).toMatch(expected);
  });

  it('gives the game’s own capital per credit when its scenario has one (a standard game: 347%)', async () => {
    const ctx = await createContext('en');
    const { session } = playUntil(
      { seed: 3, difficulty: 'normal', length: 'standard' },
      ({ session: s }) =>
        s.checkpoint !== null && s.checkpoint.current >= s.checkpoint.questions.length,
    );
    const checkpoint = session.checkpoint;
    if (!checkpoint) throw new Error('no checkpoint summary reached');
    mountCheckpointScreen(document.body, ctx, session.game, checkpoint, [1, 0.5, 0], {
      question: () => undefined,
      onAnswer: vi.fn(),
      onNext: vi.fn(),
      onStart: vi.fn(),
      onFinish: vi.fn(),
      capitalPerCredit: 347,
    });
    translateTree(document.body, ctx.t);
    expect(document.querySelector('.checkpoint-summary')?.textContent).toMatch(/347% further/);
  });
});
