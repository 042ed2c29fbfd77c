// The storage adapters: localforage on fake IndexedDB, memory, the probe, and quota error mapping.
import { describe, expect, it } from 'vitest';
import {
  createMemoryAdapter,
  isQuotaError,
  openStorage,
  safeWrite,
  type StorageAdapter,
} from '../../../src/services/storage/adapter';
import { clearedStore } from './support';

describe('storage adapters', () => {
  it.each([
    ['localforage', clearedStore],
    ['memory', async () => createMemoryAdapter()],
  ])(
    '%s stores strings verbatim and lists keys',
    async (_name, make: () => Promise<StorageAdapter>) => {
      const s = await make();
      await s.set('a', '{"x":1}\u0000raw');
      expect(await s.get('a')).toBe('{"x":1}\u0000raw');
      expect(await s.get('missing')).toBeNull();
      expect(await s.keys()).toEqual(['a']);
      await s.remove('a');
      expect(await s.keys()).toEqual([]);
    },
  );

  it('probes the real store and opens it as IndexedDB, leaving no probe key', async () => {
    const opened = await openStorage();
    expect(opened.mode).toBe('indexeddb');
    expect(await opened.storage.keys()).not.toContain('__probe__');
  });

  it('falls back to memory when every call rejects', async () => {
    const broken: StorageAdapter = {
      get: () => Promise.reject(new Error('blocked')),
      set: () => Promise.reject(new Error('blocked')),
      remove: () => Promise.reject(new Error('blocked')),
      keys: () => Promise.reject(new Error('blocked')),
    };
    expect((await openStorage(broken)).mode).toBe('memory');
  });

  it('maps every browser spelling of a full quota to storage/quota, anything else to storage/failed', async () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
    const full: StorageAdapter = {
      ...createMemoryAdapter(),
      set: () => Promise.reject(new DOMException('x', 'QuotaExceededError')),
    };
    expect(await safeWrite(full, 'k', 'v')).toEqual({ ok: false, code: 'storage/quota' });
    const odd: StorageAdapter = {
      ...createMemoryAdapter(),
      remove: () => Promise.reject('string'),
    };
    expect(await safeWrite(odd, 'k', null)).toEqual({ ok: false, code: 'storage/failed' });
  });
});
