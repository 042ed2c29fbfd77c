// The session code a teacher reads aloud: the class settings packed into 8 base32 symbols plus a check symbol, shown as K7QM-4TZC-9.
import { DIFFICULTIES, LENGTHS, RULES, type Difficulty, type GameLength } from '../../sim';
import { ALPHABET, foldCode, symbolValue } from './alphabet';
import { checkSymbol, fold } from './check-char';
import { codeError, type CodeError } from './errors';

export const CLASS_LANGUAGES = ['fr', 'en', 'any'] as const;
export type ClassLanguage = (typeof CLASS_LANGUAGES)[number];
/** Seconds per question; 0 = no timer (the default: no time pressure unless the teacher asks). */
export const TIMER_CHOICES = [0, 20, 30, 45, 60, 90] as const;
export type TimerSeconds = (typeof TIMER_CHOICES)[number];
/** Seeds are 30-bit so that every setting fits in 8 symbols (40 bits). */
export const CLASS_SEED_LIMIT = 2 ** 30;

export interface ClassSettings {
  readonly length: GameLength;
  readonly difficulty: Difficulty;
  readonly language: ClassLanguage;
  readonly checkpoints: boolean;
  readonly timerSeconds: TimerSeconds;
  /** 0 ≤ seed < 2^30. */
  readonly seed: number;
  /**
   * The rules version the class plays by (its code's format version + 1); absent: the current
   * RULES, for a session being set up. A code read back always names it.
   */
  readonly rules?: number;
}

export type SessionCodeResult =
  | { readonly ok: true; readonly settings: ClassSettings; readonly code: string }
  | { readonly ok: false; readonly error: CodeError };

const DATA_SYMBOLS = 8;
export const SESSION_CODE_SYMBOLS = DATA_SYMBOLS + 1;
/**
 * Mixed radix, most significant first: format version (4 values: the rules version − 1, so 0 for
 * codes made before rules versions, 1 for rules 2), length, difficulty, language, checkpoints,
 * timer, then the 30-bit seed. 4 × 2 × 3 × 3 × 2 × 6 × 2^30 < 32^8, and every value stays below 2^53.
 */
const FORMATS = 4;
const RADIX = [
  LENGTHS.length,
  DIFFICULTIES.length,
  CLASS_LANGUAGES.length,
  2,
  TIMER_CHOICES.length,
];
const FIELDS = RADIX.reduce((a, b) => a * b, 1);

/** Groups of four for reading aloud: K7QM-4TZC-9. */
export function formatSessionCode(symbols: string): string {
  return symbols.match(/.{1,4}/g)?.join('-') ?? '';
}

export function isClassSettings(s: ClassSettings): boolean {
  return (
    LENGTHS.includes(s.length) &&
    DIFFICULTIES.includes(s.difficulty) &&
    CLASS_LANGUAGES.includes(s.language) &&
    typeof s.checkpoints === 'boolean' &&
    TIMER_CHOICES.includes(s.timerSeconds) &&
    Number.isInteger(s.seed) &&
    s.seed >= 0 &&
    s.seed < CLASS_SEED_LIMIT &&
    (s.rules === undefined || (Number.isInteger(s.rules) && s.rules >= 1 && s.rules <= RULES))
  );
}

/** The session code of these settings; throws on settings outside their ranges (a programming error). */
export function encodeSessionCode(s: ClassSettings): string {
  if (!isClassSettings(s)) throw new RangeError('class settings out of range');
  const digits = [
    LENGTHS.indexOf(s.length),
    DIFFICULTIES.indexOf(s.difficulty),
    CLASS_LANGUAGES.indexOf(s.language),
    s.checkpoints ? 1 : 0,
    TIMER_CHOICES.indexOf(s.timerSeconds),
  ];
  let fields = (s.rules ?? RULES) - 1;
  digits.forEach((d, i) => (fields = fields * (RADIX[i] ?? 1) + d));
  let value = fields * CLASS_SEED_LIMIT + s.seed;
  const symbols: number[] = [];
  for (let i = 0; i < DATA_SYMBOLS; i++) {
    symbols.unshift(value % 32);
    value = Math.floor(value / 32);
  }
  symbols.push(checkSymbol(symbols));
  return formatSessionCode(symbols.map((v) => ALPHABET[v] ?? '').join(''));
}

/** The code part of a join link (`...?class=K7QM-4TZC-9`), or the text itself. */
function codePart(text: string): string {
  const match = /[?&#]class=([^&#\s]*)/i.exec(text);
  if (!match) return text;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return match[1] ?? '';
  }
}

function decodeFields(value: number): ClassSettings | null {
  const seed = value % CLASS_SEED_LIMIT;
  let fields = Math.floor(value / CLASS_SEED_LIMIT);
  const format = Math.floor(fields / FIELDS);
  // A format this build does not know: a later release's rules.
  if (format >= Math.min(RULES, FORMATS)) return null;
  fields %= FIELDS;
  const digits: number[] = [];
  for (let i = RADIX.length - 1; i >= 0; i--) {
    const radix = RADIX[i] ?? 1;
    digits.unshift(fields % radix);
    fields = Math.floor(fields / radix);
  }
  const [length, difficulty, language, checkpoints, timer] = digits;
  return {
    length: LENGTHS[length ?? 0] ?? 'standard',
    difficulty: DIFFICULTIES[difficulty ?? 0] ?? 'normal',
    language: CLASS_LANGUAGES[language ?? 0] ?? 'any',
    checkpoints: checkpoints === 1,
    timerSeconds: TIMER_CHOICES[timer ?? 0] ?? 0,
    seed,
    rules: format + 1,
  };
}

/** Reads a typed, pasted or linked session code; every problem is a translated reason, never a throw. */
export function parseSessionCode(text: string): SessionCodeResult {
  const fail = (key: string, params?: Record<string, string | number>): SessionCodeResult => ({
    ok: false,
    error: codeError(key, params),
  });
  if (typeof text !== 'string') return fail('session.empty');
  const folded = foldCode(codePart(text));
  if (folded.length === 0) return fail('session.empty');
  const values: number[] = [];
  for (const char of folded) {
    const value = symbolValue(char);
    if (value === undefined) return fail('session.bad-character', { char });
    values.push(value);
  }
  const expected = SESSION_CODE_SYMBOLS;
  if (values.length < expected)
    return fail('session.too-short', { count: values.length, expected });
  if (values.length > expected) return fail('session.too-long', { count: values.length, expected });
  if (fold(values) !== 0) return fail('session.typo');
  const value = values.slice(0, DATA_SYMBOLS).reduce((acc, v) => acc * 32 + v, 0);
  const settings = decodeFields(value);
  // A format version past this build's rules (a later release's code).
  if (!settings) return fail('session.newer');
  return { ok: true, settings, code: formatSessionCode(folded) };
}

/** The game's address with `?class=CODE` (any other parameters kept), for a link or a QR code. */
export function joinLink(code: string, baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    url.searchParams.set('class', code);
    return url.toString();
  } catch {
    const bare = baseUrl.replace(/[?#].*$/s, '');
    return `${bare}?class=${encodeURIComponent(code)}`;
  }
}
