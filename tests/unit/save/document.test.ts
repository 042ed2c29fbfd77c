// The document pipeline: parse, envelope, newer refused, migration ladder step by step, validation.
import { describe, expect, it } from 'vitest';
import {
  readDocument,
  writeDocument,
  type DocumentSpec,
} from '../../../src/services/save/document';
import { isObj } from '../../../src/services/save/guards';
import { newProfile, profileSpecFor } from '../../../src/services/save/profile-doc';
import { rules } from '../../support/headless';
import { profileListSpec } from '../../../src/services/save/profile-list-doc';

const profileSpec = profileSpecFor(rules);

interface NoteV3 {
  title: string;
  tags: string[];
  pinned: boolean;
}

/** A throwaway document at version 3 with two named steps, to prove the ladder runs in order. */
const noteSpec: DocumentSpec<NoteV3> = {
  kind: 'profile',
  version: 3,
  migrations: [
    {
      from: 1,
      to: 2,
      name: 'text-to-title',
      migrate: (d) => ({ title: (d as { text: string }).text, tags: [] }),
    },
    { from: 2, to: 3, name: 'add-pinned', migrate: (d) => ({ ...(d as object), pinned: false }) },
  ],
  validate: (d) =>
    isObj(d) &&
    typeof d.title === 'string' &&
    Array.isArray(d.tags) &&
    typeof d.pinned === 'boolean'
      ? (d as unknown as NoteV3)
      : null,
};

const envelope = (version: number, data: unknown, kind = 'profile') =>
  JSON.stringify({ format: 'beijings-bet', kind, version, data });

describe('document pipeline', () => {
  it('round-trips both document kinds at the current version', () => {
    const profile = newProfile('p-1', 'Mei', 5);
    expect(readDocument(writeDocument(profile, profileSpec), profileSpec)).toEqual({
      ok: true,
      value: profile,
    });
    const list = { ids: ['p-1', 'p-2'], activeId: 'p-2' };
    expect(readDocument(writeDocument(list, profileListSpec), profileListSpec)).toEqual({
      ok: true,
      value: list,
    });
  });

  it('migrates v1 through every step in order and reports the starting version', () => {
    expect(readDocument(envelope(1, { text: 'hi' }), noteSpec)).toEqual({
      ok: true,
      value: { title: 'hi', tags: [], pinned: false },
      migratedFrom: 1,
    });
    expect(readDocument(envelope(2, { title: 'x', tags: ['a'] }), noteSpec)).toMatchObject({
      ok: true,
      value: { title: 'x', tags: ['a'], pinned: false },
      migratedFrom: 2,
    });
  });

  it('treats a missing or throwing step as corrupt, not as valid data', () => {
    const gap = { ...noteSpec, migrations: noteSpec.migrations.slice(1) };
    expect(readDocument(envelope(1, { text: 'hi' }), gap)).toMatchObject({ reason: 'migration' });
    expect(readDocument(envelope(1, null), noteSpec)).toMatchObject({ reason: 'migration' });
  });

  it('refuses a newer version with its number', () => {
    expect(readDocument(envelope(4, {}), noteSpec)).toEqual({
      ok: false,
      code: 'document/newer',
      version: 4,
    });
  });

  it.each([
    ['unparseable text', '{"format":', 'parse'],
    ['an array', '[1,2]', 'envelope'],
    ['a number', '42', 'envelope'],
    [
      'another format',
      JSON.stringify({ format: 'x', kind: 'profile', version: 1, data: {} }),
      'envelope',
    ],
    ['a fractional version', envelope(1.5, {}), 'envelope'],
    [
      'version as a string',
      JSON.stringify({ format: 'beijings-bet', kind: 'profile', version: '1', data: {} }),
      'envelope',
    ],
    ['a wrong shape', envelope(1, { id: 7 }), 'invalid'],
  ])('reports %s as corrupt (%s)', (_name, raw, reason) => {
    expect(readDocument(raw, profileSpec)).toMatchObject({
      ok: false,
      code: 'document/corrupt',
      reason,
    });
  });

  it('reports the wrong kind separately', () => {
    expect(readDocument(envelope(1, {}, 'profile-list'), profileSpec)).toEqual({
      ok: false,
      code: 'document/wrong-kind',
      kind: 'profile-list',
    });
  });
});
