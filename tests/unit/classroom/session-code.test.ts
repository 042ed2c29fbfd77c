// Session codes: the check character's proof, encode → decode identity, typo and swap detection, tolerant reading, and links.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET } from '../../../src/services/classroom/alphabet';
import { checkSymbol, combine } from '../../../src/services/classroom/check-char';
import {
  encodeSessionCode,
  joinLink,
  parseSessionCode,
  type ClassSettings,
} from '../../../src/services/classroom';
import { RULES } from '../../../src/sim';
import { classSettings, expectTranslated, isTranslated } from './support';

const sample: ClassSettings = {
  length: 'standard',
  difficulty: 'normal',
  language: 'any',
  checkpoints: true,
  timerSeconds: 0,
  seed: 123_456,
};

const bare = (code: string) => code.replace(/-/g, '');
const grouped = (symbols: string) => symbols.match(/.{1,4}/g)?.join('-') ?? '';

describe('the check character (Damm quasigroup over GF(32))', () => {
  it('is a quasigroup: every row and every column is a permutation of the 32 symbols', () => {
    for (let a = 0; a < 32; a++) {
      const row = new Set(Array.from({ length: 32 }, (_, b) => combine(a, b)));
      const column = new Set(Array.from({ length: 32 }, (_, b) => combine(b, a)));
      expect(row.size).toBe(32);
      expect(column.size).toBe(32);
    }
  });

  it('is totally anti-symmetric: (c∘x)∘y = (c∘y)∘x only when x = y, over all 32³ triples', () => {
    let collisions = 0;
    for (let c = 0; c < 32; c++)
      for (let x = 0; x < 32; x++)
        for (let y = 0; y < 32; y++)
          if (x !== y && combine(combine(c, x), y) === combine(combine(c, y), x)) collisions++;
    expect(collisions).toBe(0);
  });
});

describe('session codes', () => {
  it('are 8 symbols plus a check symbol, shown in groups of four', () => {
    const code = encodeSessionCode(sample);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
  });

  it('decode to the settings they were made from (every setting, any seed)', () => {
    fc.assert(
      fc.property(classSettings, (s) => {
        const code = encodeSessionCode(s);
        const parsed = parseSessionCode(code);
        expect(parsed).toEqual({ ok: true, settings: s, code });
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('differ for different settings', () => {
    expect(encodeSessionCode(sample)).not.toBe(encodeSessionCode({ ...sample, seed: 123_457 }));
    expect(encodeSessionCode(sample)).not.toBe(
      encodeSessionCode({ ...sample, checkpoints: false }),
    );
    expect(encodeSessionCode(sample)).not.toBe(encodeSessionCode({ ...sample, timerSeconds: 30 }));
  });

  it('catch every single-character change and every swap of two neighbours (exhaustive, 1000 codes)', () => {
    const codes = fc.sample(classSettings, { numRuns: 1000, seed: 13 }).map(encodeSessionCode);
    let tried = 0;
    const missed: string[] = [];
    for (const code of codes) {
      const symbols = bare(code);
      for (let i = 0; i < symbols.length; i++) {
        for (const other of ALPHABET) {
          if (other === symbols[i]) continue;
          const changed = symbols.slice(0, i) + other + symbols.slice(i + 1);
          if (parseSessionCode(grouped(changed)).ok) missed.push(changed);
          tried++;
        }
        if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1]) {
          const swapped =
            symbols.slice(0, i) +
            (symbols[i + 1] ?? '') +
            (symbols[i] ?? '') +
            symbols.slice(i + 2);
          const parsed = parseSessionCode(swapped);
          if (parsed.ok || parsed.error.key !== 'session.typo') missed.push(swapped);
          tried++;
        }
      }
    }
    expect(missed).toEqual([]);
    expect(tried).toBeGreaterThan(1000 * 9 * 31);
  }, 120_000);

  it('read lower case, spaces, dashes, look-alikes and a whole join link', () => {
    const code = encodeSessionCode(sample);
    const spoken = bare(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    for (const typed of [
      code.toLowerCase(),
      ` ${bare(code).split('').join(' ')} `,
      spoken,
      joinLink(code, 'https://school.example/game/?lang=fr'),
      `https://school.example/game/#class=${bare(code)}`,
    ]) {
      const parsed = parseSessionCode(typed);
      expect(parsed.ok, typed).toBe(true);
      if (parsed.ok) expect(parsed.code).toBe(code);
    }
  });

  it('name the problem: empty, stray character, too short, too long, typo', () => {
    const code = bare(encodeSessionCode(sample));
    const cases: [string, string][] = [
      ['', 'session.empty'],
      ['  -- ', 'session.empty'],
      [`${code.slice(0, 4)}U${code.slice(5)}`, 'session.bad-character'],
      [code.slice(0, 8), 'session.too-short'],
      [`${code}0`, 'session.too-long'],
    ];
    for (const [text, key] of cases) {
      const parsed = parseSessionCode(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.key, text).toBe(key);
        expectTranslated(parsed.error);
      }
    }
  });

  it('read a code made before rules versions (format 0) as rules 1, and write it back the same', () => {
    // Format 0 is the top digit of every code handed out before December 2026.
    const old = encodeSessionCode({ ...sample, length: 'short', rules: 1 });
    const parsed = parseSessionCode(old);
    expect(parsed.ok && parsed.settings.rules).toBe(1);
    expect(parsed.ok && encodeSessionCode(parsed.settings)).toBe(old);
    // A session set up today names no rules: it is played by the current ones.
    const today = parseSessionCode(encodeSessionCode({ ...sample, length: 'short' }));
    expect(today.ok && today.settings.rules).toBe(RULES);
    expect(bare(old)).not.toBe(bare(encodeSessionCode({ ...sample, length: 'short' })));
  });

  it('refuse the code of a rules version this build does not know, as newer', () => {
    // Format 2 (rules 3): the fields just past every value formats 0 and 1 can hold.
    let value = 2 * 216 * 2 ** 30 + 5;
    const digits: number[] = [];
    for (let i = 0; i < 8; i++) {
      digits.unshift(value % 32);
      value = Math.floor(value / 32);
    }
    const symbols = digits.map((d) => ALPHABET[d] ?? '').join('');
    const check = ALPHABET[checkSymbol(digits)] ?? '';
    const parsed = parseSessionCode(`${symbols}${check}`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.key).toBe('session.newer');
  });

  it('refuse a well-formed code of a later format version', () => {
    // The biggest 8-symbol value: a format past every one this build reads.
    const symbols = 'ZZZZZZZZ';
    const check = ALPHABET[checkSymbol([...symbols].map((c) => ALPHABET.indexOf(c)))] ?? '';
    const parsed = parseSessionCode(`${symbols}${check}`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.key).toBe('session.newer');
  });

  it('never throw, and always give a translated reason, on 100,000 random or mutated strings', () => {
    const base = bare(encodeSessionCode(sample));
    const mutated = fc
      .tuple(fc.nat(12), fc.string({ maxLength: 3 }), fc.nat(3))
      .map(([at, insert, cut]) => base.slice(0, at) + insert + base.slice(at + cut));
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated);
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseSessionCode(t);
        return parsed.ok || isTranslated(parsed.error);
      }),
      { numRuns: 100_000 },
    );
  }, 120_000);
});

describe('join links', () => {
  it('add ?class=CODE to the game address and keep its other parameters', () => {
    const link = joinLink('K7QM-4TZC-9', 'https://school.example/game/?lang=fr');
    const url = new URL(link);
    expect(url.searchParams.get('class')).toBe('K7QM-4TZC-9');
    expect(url.searchParams.get('lang')).toBe('fr');
    expect(url.pathname).toBe('/game/');
  });
});
