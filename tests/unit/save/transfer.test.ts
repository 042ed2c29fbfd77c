// Export to a readable file and import back: preview first, conflicts detected, replace or copy, hostile files refused.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/services/save/contract';
import { readDocument, writeDocument } from '../../../src/services/save/document';
import { profileSpecFor } from '../../../src/services/save/profile-doc';
import { fileSlug } from '../../../src/services/save/transfer';
import { createMemoryAdapter, type StorageAdapter } from '../../../src/services/storage/adapter';
import { playUntil, rules } from '../../support/headless';
import { toSaved } from '../../../src/services/save/replay';
import { clearedStore, ids, open } from './support';

const profileSpec = profileSpecFor(rules);

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/saves', name), 'utf8');
const standard = { seed: 42, difficulty: 'normal', length: 'standard' } as const;

let store: StorageAdapter;
beforeEach(async () => {
  store = await clearedStore();
});

function ok(preview: ImportPreview): Extract<ImportPreview, { ok: true }> {
  if (!preview.ok) throw new Error(preview.code);
  return preview;
}

describe('export and import', () => {
  it('exports a readable, pretty-printed document with an ASCII file name', async () => {
    const p = await open(store);
    const mei = await p.create('Méï <b>Zhāng</b> 🐉');
    const file = p.exportProfile(mei.id);
    expect(file.fileName).toMatch(/^beijings-bet-mei-b-zhang-b-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.text).toContain('\n  "kind": "profile",\n');
    expect(p.exportProfile('p-1').fileName).toMatch(/^beijings-bet-profile-/);
    expect(fileSlug('林小梅')).toBe('');
  });

  it('round-trips through another computer, then as a copy or a replacement here', async () => {
    const mid = playUntil(standard, (s) => s.session.log.length === 7);
    const p = await open(store);
    await p.saveGame(mid.session, mid.boxes);
    const file = p.exportProfile('p-1');

    const elsewhere = await open(createMemoryAdapter(), { newId: ids('q') });
    const fresh = ok(elsewhere.previewImport(file.text));
    expect(fresh.conflictsWith).toBeNull();
    expect(await elsewhere.confirmImport(fresh, 'replace')).toEqual({ ok: true });
    expect(elsewhere.profiles().map((s) => s.id)).toContain('p-1');

    await p.saveGame(null, mid.boxes);
    const here = ok(p.previewImport(file.text));
    expect(here.conflictsWith).toMatchObject({ id: 'p-1', hasGameInProgress: false });
    expect(p.active().game).toBeNull();
    expect(await p.confirmImport(here, 'copy')).toEqual({ ok: true });
    expect(p.profiles()).toHaveLength(2);
    expect(p.active().game).toBeNull();
    const copy = p.profiles().find((s) => s.id !== 'p-1');
    expect(copy?.hasGameInProgress).toBe(true);
    expect(await p.confirmImport(here, 'replace')).toEqual({ ok: true });
    expect(p.active().game).toEqual(toSaved(mid.session));
    await p.flush();
    expect((await open(store)).profiles()).toHaveLength(2);
  });

  it('imports the v1 fixture, migrated and validated', async () => {
    const p = await open(store);
    const preview = ok(p.previewImport(fixture('profile-v1.json')));
    expect(preview.profile.name).toBe('Mei 🐉 <b>');
    expect(preview.profile.finished).toHaveLength(1);
  });

  const profile = JSON.parse(fixture('profile-v1.json'));
  const withData = (data: object) =>
    JSON.stringify({ ...profile, data: { ...profile.data, ...data } });
  // The same player in the current format (its game migrated to settings and a log).
  const migrated = readDocument(fixture('profile-v1.json'), profileSpec);
  const current = migrated.ok ? JSON.parse(writeDocument(migrated.value, profileSpec)) : null;
  const withGame = (game: object) =>
    JSON.stringify({
      ...current,
      data: { ...current.data, game: { ...current.data.game, ...game } },
    });
  it.each([
    ['not JSON', 'hello', 'import/not-json'],
    ['an array', '[]', 'import/not-a-profile'],
    ['a number', '12', 'import/not-a-profile'],
    ['a profile list', fixture('profiles-v1.json'), 'import/not-a-profile'],
    ['a newer file', fixture('profile-v99.json'), 'import/newer'],
    ['a file over 2 MB', `${' '.repeat(2_000_001)}{}`, 'import/invalid'],
    ['numbers as strings', withData({ createdAt: '1757926800000' }), 'import/invalid'],
    ['an id with path characters', withData({ id: '../../etc' }), 'import/invalid'],
    [
      'a game from another sim version',
      withData({ game: { ...profile.data.game, game: { ...profile.data.game.game, version: 2 } } }),
      'import/invalid',
    ],
    ['a log that is not a list', withGame({ log: {} }), 'import/invalid'],
    ['a log of non-actions', withGame({ log: [1, 2] }), 'import/invalid'],
    ['a game without settings', withGame({ settings: null }), 'import/invalid'],
    [
      'broken boxes',
      withData({ boxes: { version: 1, game: 0, entries: { q: { box: 9, lastGame: 0 } } } }),
      'import/invalid',
    ],
  ])('refuses %s with a typed error and writes nothing', async (_name, text, code) => {
    const p = await open(store);
    await p.flush();
    const before = (await store.keys()).length;
    const result = p.previewImport(text);
    expect(result).toMatchObject({ ok: false, code });
    // A file refused for its values says which field, and why.
    if (code === 'import/invalid' && text.length < 2_000_000)
      expect(!result.ok && result.issues?.[0]?.path).toBeTruthy();
    await p.flush();
    expect((await store.keys()).length).toBe(before);
  });

  it('trims a 9,000-character name in an imported file, and refuses one over 10,000', async () => {
    const p = await open(store);
    const preview = ok(p.previewImport(withData({ name: `<script>${'x'.repeat(9_000)}` })));
    expect(preview.profile.name).toBe(`<script>${'x'.repeat(16)}`);
    expect(p.previewImport(withData({ name: 'x'.repeat(10_001) }))).toEqual({
      ok: false,
      code: 'import/invalid',
      issues: [{ path: 'name', rule: 'too-long', max: 10_000, found: 'x'.repeat(40) }],
    });
  });
});
