// The teacher's session store on localforage (fake IndexedDB) and in memory: create, list, add results whole or not at all, delete, export and import.
import { describe, expect, it } from 'vitest';
import {
  createClassStore,
  demoResults,
  encodeResultCode,
  encodeSessionCode,
  splitCodes,
  verifiedResults,
  type ClassSettings,
} from '../../../src/services/classroom';
import { createMemoryAdapter, type StorageAdapter } from '../../../src/services/storage/adapter';
import { clearedStore } from '../save/support';
import { env } from './support';

const settings: ClassSettings = {
  length: 'short',
  difficulty: 'normal',
  language: 'en',
  checkpoints: true,
  timerSeconds: 0,
  seed: 99,
};
const code = encodeSessionCode(settings);
const codes = demoResults(code, 4, env).map(encodeResultCode);
const otherCode = encodeSessionCode({ ...settings, seed: 100 });
const [foreign] = demoResults(otherCode, 1, env).map(encodeResultCode);

let t = 1_000;
const now = () => (t += 1000);

describe.each([
  ['localforage', clearedStore],
  ['memory', async () => createMemoryAdapter()],
])('class store on %s', (_name, make: () => Promise<StorageAdapter>) => {
  it('creates, lists newest first, gets by any typed form of the code, and deletes', async () => {
    const store = createClassStore(await make(), now);
    const a = await store.create(settings, '  4e B  ');
    const b = await store.create({ ...settings, seed: 100 }, 'Terminale');
    expect(a.ok && a.value.label).toBe('4e B');
    expect((await store.list()).map((s) => s.code)).toEqual([otherCode, code]);
    expect((await store.get(code.toLowerCase().replace(/-/g, ' ')))?.label).toBe('4e B');
    expect(b.ok).toBe(true);
    expect((await store.remove(otherCode)).ok).toBe(true);
    expect((await store.list()).map((s) => s.code)).toEqual([code]);
    expect(await store.get(otherCode)).toBeNull();
  });

  it('adds valid codes, merges duplicates, rejects bad lines with a reason, keeps the rest', async () => {
    const store = createClassStore(await make(), now);
    await store.create(settings, 'A');
    const [c1, c2, c3] = codes;
    if (!c1 || !c2 || !c3 || !foreign) throw new Error('no codes');
    const broken = `${c2.slice(0, 10)}${c2[10] === '7' ? '8' : '7'}${c2.slice(11)}`;
    const report = await store.addResults(code, [c1, broken, c1, foreign, c3.toLowerCase()], env);
    expect(report.error).toBeNull();
    expect(report.added).toBe(2);
    expect(report.lines.map((l) => l.status)).toEqual([
      'added',
      'rejected',
      'duplicate',
      'rejected',
      'added',
    ]);
    const rejected = report.lines.filter((l) => l.status === 'rejected');
    expect(rejected.map((l) => (l.status === 'rejected' ? l.error.key : ''))).toEqual([
      'result.typo',
      'verify.other-session',
    ]);
    const again = await store.addResults(code, [c1], env);
    expect(again.lines[0]?.status).toBe('duplicate');
    const stored = await store.get(code);
    expect(stored?.results).toHaveLength(2);
    if (!stored) throw new Error('no session');
    expect(verifiedResults(stored, env).map((r) => r.nickname)).toHaveLength(2);
  });

  it('exports a session and imports it back into an empty browser', async () => {
    const store = createClassStore(await make(), now);
    await store.create(settings, 'Export me');
    await store.addResults(code, codes, env);
    const file = await store.exportFile(code);
    expect(file.fileName).toBe(`beijings-bet-class-${code}.json`);
    const fresh = createClassStore(createMemoryAdapter(), now);
    const imported = await fresh.importFile(file.text, env);
    expect(imported).toEqual({ ok: true, value: { sessions: 1, results: 4 } });
    expect(await fresh.get(code)).toEqual(await store.get(code));
    // Importing twice adds nothing.
    expect(await fresh.importFile(file.text, env)).toEqual({
      ok: true,
      value: { sessions: 1, results: 0 },
    });
  });

  it('refuses a file that is not JSON, not a class file, newer, damaged, or holding a bad result', async () => {
    const store = createClassStore(await make(), now);
    await store.create(settings, 'A');
    await store.addResults(code, codes.slice(0, 1), env);
    const file = JSON.parse((await store.exportFile(code)).text) as {
      version: number;
      data: { sessions: { results: string[]; label: string }[] };
    };
    const fresh = createClassStore(createMemoryAdapter(), now);
    const key = async (text: string) => {
      const r = await fresh.importFile(text, env);
      return r.ok ? 'ok' : r.error.key;
    };
    expect(await key('{not json')).toBe('store.not-json');
    expect(await key('{"format":"other"}')).toBe('store.not-a-class-file');
    expect(await key(JSON.stringify({ ...file, version: 99 }))).toBe('store.newer');
    const long = structuredClone(file);
    if (long.data.sessions[0]) long.data.sessions[0].label = 'x'.repeat(500);
    expect(await key(JSON.stringify(long))).toBe('store.invalid');
    const forged = structuredClone(file);
    if (forged.data.sessions[0] && foreign) forged.data.sessions[0].results.push(foreign);
    expect(await key(JSON.stringify(forged))).toBe('store.bad-result');
    expect(await fresh.list()).toEqual([]);
  });

  it('saves nothing when storage refuses the write, and says so', async () => {
    const base = await make();
    const store = createClassStore(base, now);
    await store.create(settings, 'A');
    const failing: StorageAdapter = {
      ...base,
      set: () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })),
    };
    const report = await createClassStore(failing, now).addResults(code, codes, env);
    expect(report.error?.key).toBe('store.quota');
    expect(report.added).toBe(0);
    expect((await store.get(code))?.results).toEqual([]);
  });
});

describe('splitCodes', () => {
  it('takes one code per line, ignoring blank lines and spaces', () => {
    expect(splitCodes(' AB12 \r\n\n CD34;EF56,\n')).toEqual(['AB12', 'CD34', 'EF56']);
  });
});
