// Classroom benchmarks: decoding and verifying 30 result codes, importing them into the teacher's store, and how long the codes are.
import 'fake-indexeddb/auto';
import { defaultContent } from '../../src/content';
import { QUESTION_BANK } from '../../src/content/questions';
import { quizContent, type SessionEnv } from '../../src/sim';
import {
  createClassStore,
  demoResults,
  encodeResultCode,
  encodeSessionCode,
  parseResultCode,
  parseSessionCode,
  verifyResult,
  type ClassSettings,
} from '../../src/services/classroom';
import { createLocalforageAdapter } from '../../src/services/storage/adapter';

const env: SessionEnv = { content: defaultContent, quiz: quizContent(QUESTION_BANK) };
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The median over RUNS of one call, in ms (three warm-up runs first, as a dashboard has after its first import). */
async function timed(f: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await f();
    times.push(performance.now() - start);
  }
  return Number(median(times).toFixed(1));
}

export async function run() {
  const settings: ClassSettings = {
    length: 'standard',
    difficulty: 'normal',
    language: 'any',
    checkpoints: true,
    timerSeconds: 0,
    seed: 424_242,
  };
  const code = encodeSessionCode(settings);
  const session = { ...settings, code };
  const payloads = demoResults(code, 30, env);
  const codes = payloads.map(encodeResultCode);
  const lengths = codes.map((c) => c.length);
  const decodeVerify = await timed(() => {
    for (const text of codes) {
      const parsed = parseResultCode(text);
      if (!parsed.ok || !verifyResult(parsed.payload, session, env).ok)
        throw new Error('a demo code did not verify');
    }
  });
  const storage = createLocalforageAdapter();
  const importTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const key of await storage.keys()) await storage.remove(key);
    const store = createClassStore(storage, () => 0);
    await store.create(settings, 'bench');
    const start = performance.now();
    const report = await store.addResults(code, codes, env);
    importTimes.push(performance.now() - start);
    if (report.added !== 30) throw new Error('import lost a code');
  }
  const parsedSession = parseSessionCode(code);
  return [
    { name: 'class.decodeVerify30Ms', value: decodeVerify, unit: 'ms' },
    { name: 'class.import30Ms', value: Number(median(importTimes).toFixed(1)), unit: 'ms' },
    { name: 'class.demo30Ms', value: await timed(() => demoResults(code, 30, env)), unit: 'ms' },
    { name: 'class.resultCodeCharsMax', value: Math.max(...lengths), unit: 'chars' },
    {
      name: 'class.resultCodeCharsMean',
      value: Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length),
      unit: 'chars',
    },
    {
      name: 'class.sessionCodeChars',
      value: parsedSession.ok ? parsedSession.code.replace(/-/g, '').length : 0,
      unit: 'chars',
    },
  ];
}
