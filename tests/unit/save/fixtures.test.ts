// Every released save fixture must still load, migrate to the current version, validate and replay.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/services/save/document';
import { PROFILE_VERSION, profileSpecFor } from '../../../src/services/save/profile-doc';
import { profileListSpec } from '../../../src/services/save/profile-list-doc';
import { restoreGame } from '../../../src/services/save/replay';
import { replay } from '../../../src/sim';
import { env, rules } from '../../support/headless';

const profileSpec = profileSpecFor(rules);

const dir = resolve(import.meta.dirname, '../../fixtures/saves');
const versionOf = (file: string) => Number(/-v(\d+)\.json$/.exec(file)?.[1]);
const released = (prefix: string) =>
  readdirSync(dir).filter((f) => f.startsWith(prefix) && versionOf(f) <= PROFILE_VERSION);
const text = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('save fixtures, kept forever', () => {
  it('has at least one profile fixture per released version', () => {
    for (let v = 1; v <= PROFILE_VERSION; v += 1)
      expect(released('profile-v')).toContain(`profile-v${v}.json`);
  });

  it.each(released('profile-v'))('%s migrates, validates and replays to a legal game', (file) => {
    const read = readDocument(text(file), profileSpec);
    if (!read.ok) throw new Error(`${file}: ${read.code}`);
    const game = read.value.game;
    if (!game) throw new Error('no game');
    // The log is replayed against today's rules and bank: it may differ from the old snapshot, or
    // be refused part-way after a content change (then the saved snapshot is resumed, and the
    // player told), but it never throws and always lands on a game that replays.
    const restored = restoreGame(game, env);
    expect(restored.session.game.phase).toBe(game.snapshot.game.phase);
    const again = replay(restored.session.settings, restored.session.log, env);
    expect(again.rejected).toBeNull();
    expect(again.session).toEqual(restored.session);
  });

  it('profile-v3.json is a short game of rules 2: it replays on the 2022–2026 calendar', () => {
    const read = readDocument(text('profile-v3.json'), profileSpec);
    if (!read.ok || !read.value.game) throw new Error('profile-v3.json does not load');
    const restored = restoreGame(read.value.game, env);
    expect(restored.problem).toBeNull();
    expect(restored.session.settings.rules).toBe(2);
    expect(restored.session.game).toMatchObject({ firstYear: 2022, lastYear: 2026, year: 2025 });
  });

  it.each(released('profiles-v'))('%s migrates and validates', (file) => {
    expect(readDocument(text(file), profileListSpec).ok).toBe(true);
  });

  it('refuses the newer fixture and reports the corrupt one', () => {
    expect(readDocument(text('profile-v99.json'), profileSpec)).toMatchObject({
      code: 'document/newer',
      version: 99,
    });
    expect(readDocument(text('corrupt.txt'), profileSpec)).toMatchObject({ reason: 'parse' });
  });
});
