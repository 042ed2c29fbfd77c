// Saves hold question ids: a save whose checkpoint asks a question retired since (profile-v1 asks offensive-decade) still loads and plays on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/app/store';
import { readDocument } from '../../../src/services/save/document';
import { profileSpecFor } from '../../../src/services/save/profile-doc';
import { restoreGame } from '../../../src/services/save/replay';
import { newSession } from '../../../src/sim';
import { rightAnswer } from '../../support/answers';
import { env, quiz, rules } from '../../support/headless';

const profileSpec = profileSpecFor(rules);

const text = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/saves/profile-v1.json'),
  'utf8',
);

function fixture() {
  const read = readDocument(text, profileSpec);
  if (!read.ok || !read.value.game) throw new Error('profile-v1 fixture did not load');
  return read.value.game;
}

describe('a save that asks a retired question', () => {
  it('is the fixture’s case: offensive-decade is no longer in the bank', () => {
    const saved = fixture();
    const asked = saved.settings.resumeFrom?.checkpoint?.questions.map((q) => q.id);
    expect(asked).toContain('offensive-decade');
    expect(quiz.byId.has('offensive-decade')).toBe(false);
  });

  it('loads with the checkpoint drawn again from the current bank, and finishes', () => {
    const saved = fixture();
    const { session } = restoreGame(saved, env);
    const store = createStore(env);
    store.load({ session, boxes: session.boxes });
    const checkpoint = store.snapshot().session?.checkpoint;
    const before = saved.settings.resumeFrom?.checkpoint?.questions.length ?? -1;
    expect(checkpoint?.questions).toHaveLength(before);
    expect(store.dispatch({ type: 'checkpoint/start' })).toBeNull();
    for (const prepared of checkpoint?.questions ?? []) {
      const question = quiz.byId.get(prepared.id);
      if (!question) throw new Error(`unknown question ${prepared.id}`);
      expect(store.dispatch({ type: 'quiz/answer', answer: rightAnswer(question) })).toBeNull();
      expect(store.dispatch({ type: 'quiz/next' })).toBeNull();
    }
    expect(store.dispatch({ type: 'checkpoint/finish' })).toBeNull();
    expect(store.snapshot().session?.game.phase).not.toBe('checkpoint');
  });

  it('leaves a checkpoint whose questions all exist untouched', () => {
    const saved = fixture();
    const resumed = newSession(saved.settings, env);
    const again = newSession({ ...saved.settings, resumeFrom: resumed }, env);
    expect(again.checkpoint).toEqual(resumed.checkpoint);
  });
});
