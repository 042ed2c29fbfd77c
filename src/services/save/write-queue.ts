// Serializes writes to storage, one at a time; a newer write of a key replaces a pending one (latest state wins), and a value is only turned into text when its write runs.
import { safeWrite, type StorageAdapter, type WriteResult } from '../storage/adapter';

/** The text to store (null = remove), worked out when the write runs, so replaced writes cost nothing. */
export type Serialize = () => string | null;

interface Pending {
  value: Serialize;
  waiters: ((result: WriteResult) => void)[];
}

export interface WriteQueue {
  /** Queues a write and resolves with its result once it reaches storage. */
  write(key: string, value: Serialize): Promise<WriteResult>;
  /** Resolves when nothing is queued or running. */
  flush(): Promise<void>;
}

export function createWriteQueue(storage: StorageAdapter): WriteQueue {
  const pending = new Map<string, Pending>();
  let running: Promise<void> | null = null;

  async function drain(): Promise<void> {
    for (let next = pending.entries().next(); !next.done; next = pending.entries().next()) {
      const [key, entry] = next.value;
      pending.delete(key);
      const result = await safeWrite(storage, key, entry.value());
      for (const resolve of entry.waiters) resolve(result);
    }
  }

  function kick(): void {
    if (running) return;
    running = drain().finally(() => {
      running = null;
      if (pending.size > 0) kick();
    });
  }

  return {
    write(key, value) {
      return new Promise<WriteResult>((resolve) => {
        const entry = pending.get(key);
        if (entry) {
          entry.value = value;
          entry.waiters.push(resolve);
        } else pending.set(key, { value, waiters: [resolve] });
        kick();
      });
    },
    async flush() {
      while (running) await running;
    },
  };
}
