// Result codes: encode → decode identity on real and hand-made logs, the length of a standard game, and typo, swap and garbage rejection.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionAction } from '../../../src/sim';
import {
  demoResults,
  encodeResultCode,
  encodeSessionCode,
  formatResultCode,
  parseResultCode,
  type ClassSettings,
  type ResultPayload,
} from '../../../src/services/classroom';
import { ALPHABET } from '../../../src/services/classroom/alphabet';
import { crc32, toBase32 } from '../../../src/services/classroom/bytes';
import { classSettings, env, isTranslated } from './support';

const standard: ClassSettings = {
  length: 'standard',
  difficulty: 'normal',
  language: 'any',
  checkpoints: true,
  timerSeconds: 0,
  seed: 20_260_412,
};
const code = encodeSessionCode(standard);
const demo = demoResults(code, 30, env);
const withoutDrafts = (log: readonly SessionAction[]) => log.filter((a) => a.type !== 'draft/set');

function roundTrip(p: ResultPayload): ResultPayload {
  const parsed = parseResultCode(encodeResultCode(p));
  if (!parsed.ok) throw new Error(parsed.error.key);
  return parsed.payload;
}

describe('result codes', () => {
  it('decode to the payload they were made from: 30 students of a standard session', () => {
    expect(demo).toHaveLength(30);
    for (const p of demo) expect(roundTrip(p)).toEqual({ ...p, log: withoutDrafts(p.log) });
  });

  it('decode to the payload for any session and any simulated student', () => {
    fc.assert(
      fc.property(classSettings, fc.nat(40), (s, student) => {
        const p = demoResults(encodeSessionCode(s), student + 1, env).at(-1);
        if (!p) throw new Error('no demo student');
        expect(roundTrip(p)).toEqual({ ...p, log: withoutDrafts(p.log) });
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('leave out slider drafts and keep everything else of a real log', () => {
    const [first] = demo;
    if (!first) throw new Error('no demo');
    const allocation = { chips: 1, incubators: 1, talent: 1, openSource: 1 };
    const log: SessionAction[] = [{ type: 'draft/set', allocation }, ...first.log];
    expect(roundTrip({ ...first, log }).log).toEqual(first.log);
  });

  it('carry any hand-made log exactly (as JSON), so verification judges what was sent', () => {
    const action: fc.Arbitrary<SessionAction> = fc.oneof(
      fc.record({
        type: fc.constant('plan/commit' as const),
        allocation: fc.record({
          chips: fc.double({ noNaN: true, noDefaultInfinity: true }),
          incubators: fc.nat(300).map((n) => n / 10),
          talent: fc.nat(),
          openSource: fc.constant(1.05),
        }),
      }),
      fc.record({ type: fc.constant('event/choose' as const), optionId: fc.string() }),
      fc.constantFrom<SessionAction>(
        { type: 'resolve/continue' },
        { type: 'checkpoint/start' },
        { type: 'quiz/next' },
        { type: 'checkpoint/finish' },
      ),
      fc.record({
        type: fc.constant('quiz/answer' as const),
        answer: fc.oneof(
          fc.record({ type: fc.constant('multiple-choice' as const), choice: fc.string() }),
          fc.record({ type: fc.constant('numeric' as const), value: fc.integer() }),
          fc.record({ type: fc.constant('true-false' as const), value: fc.boolean() }),
        ),
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(action, { maxLength: 40 }),
        (nick, log) => {
          const p = { nickname: nick, sessionCode: code, log };
          expect(roundTrip(p)).toEqual(JSON.parse(JSON.stringify(p)));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('fit in 400 characters for every student of a standard game', () => {
    const lengths = demo.map((p) => encodeResultCode(p).length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(400);
  });

  it('read grouped, lower-case and look-alike forms', () => {
    const [p] = demo;
    if (!p) throw new Error('no demo');
    const text = encodeResultCode(p);
    const typed = formatResultCode(text).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    const parsed = parseResultCode(`  ${typed}\n`);
    expect(parsed.ok).toBe(true);
  });

  it('reject every single-character change and every swap of neighbours (exhaustive, 3 codes)', () => {
    let tried = 0;
    const missed: string[] = [];
    for (const p of demo.slice(0, 3)) {
      const text = encodeResultCode(p);
      for (let i = 0; i < text.length; i++) {
        for (const other of ALPHABET) {
          if (other === text[i]) continue;
          const parsed = parseResultCode(text.slice(0, i) + other + text.slice(i + 1));
          if (parsed.ok || !isTranslated(parsed.error)) missed.push(`${i}:${other}`);
          tried++;
        }
        if (i + 1 < text.length && text[i] !== text[i + 1]) {
          const swapped =
            text.slice(0, i) + (text[i + 1] ?? '') + (text[i] ?? '') + text.slice(i + 2);
          if (parseResultCode(swapped).ok) missed.push(`swap ${i}`);
          tried++;
        }
      }
    }
    expect(missed).toEqual([]);
    expect(tried).toBeGreaterThan(3 * 100 * 31);
  }, 120_000);

  it('reject a lost or an added character', () => {
    const [p] = demo;
    if (!p) throw new Error('no demo');
    const text = encodeResultCode(p);
    for (let i = 0; i < text.length; i += 7) {
      expect(parseResultCode(text.slice(0, i) + text.slice(i + 1)).ok).toBe(false);
      expect(parseResultCode(`${text.slice(0, i)}7${text.slice(i)}`).ok).toBe(false);
    }
  });

  it('name the problem: empty, stray character, too long, a session code pasted', () => {
    const cases: [string, string][] = [
      ['', 'result.empty'],
      ['ABCU', 'result.bad-character'],
      ['7'.repeat(5000), 'result.too-long'],
      [code, 'result.is-session-code'],
      ['7K3M', 'result.too-short'],
    ];
    for (const [text, key] of cases) {
      const parsed = parseResultCode(text);
      expect(parsed.ok ? 'ok' : parsed.error.key, text.slice(0, 20)).toBe(key);
    }
  });

  it('never throw, and always give a translated reason, on 100,000 random or mutated strings', () => {
    const texts = demo.slice(0, 5).map(encodeResultCode);
    const mutated = fc
      .tuple(fc.constantFrom(...texts), fc.nat(180), fc.string({ maxLength: 4 }), fc.nat(4))
      // Always a change: a code left whole is a valid code, tested elsewhere.
      .filter(([, , insert, cut]) => insert !== '' || cut > 0)
      .map(([t, at, insert, cut]) => t.slice(0, at) + insert + t.slice(at + cut));
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 300 }), mutated);
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseResultCode(t);
        return parsed.ok || isTranslated(parsed.error);
      }),
      { numRuns: 100_000 },
    );
  }, 120_000);

  it('never throw on garbage that carries a right checksum (a hand-made code)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 3, maxLength: 300 }),
        fc.boolean(),
        (body, deflated) => {
          const bytes = new Uint8Array(body.length + 5);
          bytes[0] = deflated ? 0x11 : 0x10;
          bytes.set(body, 1);
          const crc = crc32(bytes.subarray(0, body.length + 1));
          for (let i = 0; i < 4; i++) bytes[body.length + 1 + i] = (crc >>> (8 * i)) & 0xff;
          const parsed = parseResultCode(toBase32(bytes));
          return parsed.ok || ['result.corrupt', 'result.session'].includes(parsed.error.key);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('refuse a code of a later format version', () => {
    const bytes = new Uint8Array([0x20, 1, 2, 3, 0, 0, 0, 0]);
    const crc = crc32(bytes.subarray(0, 4));
    for (let i = 0; i < 4; i++) bytes[4 + i] = (crc >>> (8 * i)) & 0xff;
    const parsed = parseResultCode(toBase32(bytes));
    expect(parsed.ok ? 'ok' : parsed.error.key).toBe('result.newer');
  });
});
