// @vitest-environment happy-dom
// The checkpoint summary says what the credit it reports does, from the rules' own numbers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultContent } from '../../../src/content';
import { capitalPerCredit, type GameLength } from '../../../src/sim';
import { translateTree } from '../../../src/ui/dom';
import { mountCheckpointScreen } from '../../../src/ui/screens/checkpoint-screen';
import { playUntil } from '../../support/headless';
import { createContext } from './harness';

afterEach(() => document.body.replaceChildren());

/** The text of the first checkpoint's summary of a game, in this language, with this capital per credit. */
async function summaryText(
  lang: string,
  length: GameLength,
  perCredit = capitalPerCredit(defaultContent.scenarios[length]),
) {
  const ctx = await createContext(lang);
  const { session } = playUntil(
    { seed: 3, difficulty: 'normal', length },
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
    capitalPerCredit: perCredit,
  });
  translateTree(document.body, ctx.t);
  return document.querySelector('.checkpoint-summary')?.textContent ?? '';
}

describe('the checkpoint summary', () => {
  it.each([
    ['en', /credit.*260% further.*20% a year/],
    ['fr', /crédit.*260\s%.*20\s%/],
  ])('explains what credit does in %s', async (lang, expected) => {
    expect(await summaryText(lang, 'short')).toMatch(expected);
  });

  it('gives the game’s own capital per credit when its scenario has one (a standard game: 347%)', async () => {
    expect(await summaryText('en', 'standard', 347)).toMatch(/347% further/);
  });
});
