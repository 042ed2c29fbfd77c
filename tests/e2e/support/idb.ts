// Direct access to the game's IndexedDB store from a browser test: what keys it holds, and writing a raw value as a hostile tester would.
import type { Page } from 'playwright-core';

/** Writes a raw value under a key of the game's store, bypassing the game. */
export async function store(page: Page, key: string, value: string): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('beijings-bet');
        open.onsuccess = () => {
          const tx = open.result.transaction('documents', 'readwrite');
          tx.objectStore('documents').put(v, k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [key, value] as const,
  );
}

export const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('beijings-bet');
        open.onsuccess = () => {
          const request = open.result
            .transaction('documents')
            .objectStore('documents')
            .getAllKeys();
          request.onsuccess = () => {
            resolve(request.result.map(String));
            open.result.close();
          };
        };
      }),
  );

/** How many actions the stored game of the only player holds (-1 when there is no game). */
export const storedLogLength = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('beijings-bet');
        open.onsuccess = () => {
          const documents = open.result.transaction('documents').objectStore('documents');
          const keys = documents.getAllKeys();
          keys.onsuccess = () => {
            const key = keys.result.map(String).find((k) => k.startsWith('profile:'));
            if (!key) return resolve(-1);
            const get = documents.get(key);
            get.onsuccess = () => {
              open.result.close();
              const doc = JSON.parse(String(get.result)) as {
                data: { game: { log: unknown[] } | null };
              };
              resolve(doc.data.game?.log.length ?? -1);
            };
          };
        };
        open.onerror = () => reject(open.error);
      }),
  );
