// Save benchmarks: autosave latency over a whole standard game and the stored profile's size (fake IndexedDB in Node).
import 'fake-indexeddb/auto';
import { openPersistence } from '../../src/services/save/persistence';
import { createNoopLock } from '../../src/services/save/tab-lock';
import { createLocalforageAdapter } from '../../src/services/storage/adapter';
import { playGame } from '../support/headless';

interface Result {
  name: string;
  value: number;
  unit: string;
}

export async function run(): Promise<Result[]> {
  const storage = createLocalforageAdapter();
  for (const key of await storage.keys()) await storage.remove(key);
  let t = Date.UTC(2026, 0, 5);
  const persistence = await openPersistence({
    storage,
    now: () => (t += 1000),
    lock: createNoopLock(),
    persistStorage: async () => true,
  });
  if (persistence.mode !== 'indexeddb') throw new Error('storage fell back to memory');
  const key = `profile:${persistence.active().id}`;
  const storedBytes = async () => {
    await persistence.flush();
    const raw = await storage.get(key);
    return typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : 0;
  };
  const times: number[] = [];
  let last = null as Parameters<typeof persistence.finishGame>[0] | null;
  let lastBoxes = persistence.active().boxes;
  for (const { session, boxes } of playGame({
    seed: 42,
    difficulty: 'normal',
    length: 'standard',
  })) {
    const start = performance.now();
    const result = await persistence.saveGame(session, boxes);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(result.code);
    last = session;
    lastBoxes = boxes;
  }
  if (!last) throw new Error('no game played');
  const inProgress = await storedBytes();
  await persistence.finishGame(last, lastBoxes, t);
  const finished = await storedBytes();
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  return [
    { name: 'save.writeP95Ms', value: Number(p95.toFixed(3)), unit: 'ms' },
    { name: 'save.bytesAfterGame', value: Math.max(inProgress, finished), unit: 'bytes' },
    { name: 'save.writesPerGame', value: times.length, unit: 'saves' },
  ];
}
