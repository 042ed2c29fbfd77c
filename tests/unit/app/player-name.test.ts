// The nickname typed at setup names a player who has none, and never replaces a name already chosen.
import { describe, expect, it } from 'vitest';
import { connectPlayerName } from '../../../src/app/player-name';
import { resumesOnLoad } from '../../../src/app/resume';
import { createStore } from '../../../src/app/store';
import type { ProfileData } from '../../../src/services/save/contract';
import { env, playUntil } from '../../support/headless';

const options = { seed: 3, difficulty: 'normal', length: 'short' } as const;

function fakePlayer(name: string) {
  const renamed: [string, string][] = [];
  let player = { id: 'p1', name } as ProfileData;
  const persistence = {
    active: () => player,
    rename: async (id: string, next: string) => {
      renamed.push([id, next]);
      player = { ...player, name: next };
      return { ok: true } as const;
    },
  };
  return { persistence, renamed };
}

describe('player name from the nickname', () => {
  it('names an unnamed player after the cleaned nickname, once', async () => {
    const store = createStore(env);
    const { persistence, renamed } = fakePlayer('');
    let told = 0;
    connectPlayerName(store, persistence, () => (told += 1));
    store.dispatch({ type: 'game/start', options, nickname: '  Mei  ' });
    await Promise.resolve();
    await Promise.resolve();
    expect(renamed).toEqual([['p1', 'Mei']]);
    expect(told).toBe(1);
    store.dispatch({ type: 'game/start', options, nickname: 'Li' });
    await Promise.resolve();
    expect(renamed).toEqual([['p1', 'Mei']]);
  });

  it('keeps a name the player has, and ignores an empty nickname', async () => {
    for (const [name, nickname] of [
      ['Zhang', 'Mei'],
      ['', '   '],
    ] as const) {
      const store = createStore(env);
      const { persistence, renamed } = fakePlayer(name);
      connectPlayerName(store, persistence);
      store.dispatch({ type: 'game/start', options, nickname });
      await Promise.resolve();
      expect(renamed).toEqual([]);
    }
  });
});

describe('what a page load resumes', () => {
  it('resumes a game in progress but not a finished one', () => {
    expect(resumesOnLoad(null)).toBe(false);
    expect(resumesOnLoad(playUntil(options, (s) => s.session.game.phase === 'event').session)).toBe(
      true,
    );
    const finished = playUntil(options).session;
    expect(finished.game.phase).toBe('end');
    expect(resumesOnLoad(finished)).toBe(false);
  });
});
