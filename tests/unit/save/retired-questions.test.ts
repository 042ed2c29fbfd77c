// Saves hold question ids: a save whose checkpoint asks a question retired since (profile-v1 asks offensive-decade) still loads and plays on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quizContent, reconcileSession } from '../../../src/app/play-session';
import { createStore } from '../../../src/app/store';
import { QUESTION_BANK } from '../../../src/content/questions';
import { readDocument } from '../../../src/services/save/document';
import { profileSpec } from '../../../src/services/save/profile-doc';
import { rightAnswer } from '../../support/answers';

const text = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/saves/profile-v1.json'),
  'utf8',
);
const quiz = quizContent(QUESTION_BANK);

function fixture() {
  const read = readDocument(text, profileSpec);
  if (!read.ok || !read.value.game) throw new Error('profile-v1 fixture did not load');
  return { session: read.value.game, boxes: read.value.boxes };
}

describe('a save that asks a retired question', () => {
  it('is the fixture’s case: offensive-decade is no longer in the bank', () => {
    const { session } = fixture();
    expect(session.checkpoint?.questions.map((q) => q.id)).toContain('offensive-decade');
    expect(quiz.byId.has('offensive-decade')).toBe(false);
  });

  it('loads with the checkpoint drawn again from the current bank, and finishes', () => {
    const { session, boxes } = fixture();
    const store = createStore();
    store.load({ session, boxes });
    const checkpoint = store.snapshot().session?.checkpoint;
    expect(checkpoint?.questions).toHaveLength(session.checkpoint?.questions.length ?? -1);
    for (const prepared of checkpoint?.questions ?? []) {
      const question = quiz.byId.get(prepared.id);
      if (!question) throw new Error(`unknown question ${prepared.id}`);
      expect(store.answer(rightAnswer(question))?.credit).toBe(1);
      store.nextQuestion();
    }
    expect(store.finishCheckpoint()).toBeNull();
    expect(store.snapshot().session?.game.phase).not.toBe('checkpoint');
  });

  it('leaves a checkpoint whose questions all exist untouched', () => {
    const { session, boxes } = fixture();
    const kept = reconcileSession(session, quiz, boxes);
    const current = reconcileSession(kept, quiz, boxes);
    expect(current).toBe(kept);
    expect(reconcileSession({ ...session, checkpoint: null }, quiz, boxes).checkpoint).toBeNull();
  });
});
