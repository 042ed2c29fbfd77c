// The result code a student hands in: nickname, session code and the game's action log, packed against a replay, deflated, checksummed, in base32.
import { deflateSync, inflateSync } from 'fflate';
import { defaultContent } from '../../content';
import { QUESTION_BANK } from '../../content/questions';
import {
  newSession,
  PILLARS,
  quizContent,
  type Allocation,
  type PlaySession,
  type SessionAction,
  type SessionEnv,
} from '../../sim';
import type { PreparedQuestion, QuizAnswer } from '../../sim/quiz';
import { ALPHABET, foldCode, symbolValue } from './alphabet';
import { checkSymbol } from './check-char';
import { ByteReader, ByteWriter, crc32, fromBase32, MalformedData, toBase32 } from './bytes';
import { classGameSettings } from './class-game';
import { ClassReplay } from './class-replay';
import { codeError, type CodeError } from './errors';
import { formatSessionCode, parseSessionCode } from './session-code';

export interface ResultPayload {
  readonly nickname: string;
  /** The session code, grouped (K7QM-4TZC-9). */
  readonly sessionCode: string;
  /** The game's log (PlaySession.log); slider drafts are left out, they change nothing. */
  readonly log: readonly SessionAction[];
}

export type ResultCodeResult =
  | { readonly ok: true; readonly payload: ResultPayload }
  | { readonly ok: false; readonly error: CodeError };

/** Version 1 of the format (high nibble of the first byte); bit 0 says the body is deflated. */
const FORMAT = 0x10;
const DEFLATED = 0x01;
/** A standard game's code is about 300 symbols; anything past this is not one (and inflating it could be huge). */
export const RESULT_CODE_MAX_SYMBOLS = 4000;
const CRC_BYTES = 4;
/** Format byte, a nickname length, a session code kind, an action count, the CRC: 8 bytes, 13 symbols. */
const MIN_SYMBOLS = Math.ceil(((1 + 3 + CRC_BYTES) * 8) / 5);

const TAG = {
  commit: 0,
  continue: 1,
  choose: 2,
  start: 3,
  answer: 4,
  next: 5,
  finish: 6,
  /** Anything the compact forms cannot say exactly (a hand-made log): the action as JSON. */
  raw: 7,
} as const;

/**
 * The rules the packing replays with: the game's own content and bank, the same ones the game
 * screens and the dashboard use (an answer is written as its place among the question's choices).
 */
const CODEC_ENV: SessionEnv = { content: defaultContent, quiz: quizContent(QUESTION_BANK) };

/** Exact tenths, or null. */
function tenths(x: unknown): number | null {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) return null;
  const t = Math.round(x * 10);
  return t / 10 === x ? t : null;
}

function hasKeys(o: object, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k));
}

function allocationTenths(a: unknown): number[] | null {
  if (typeof a !== 'object' || a === null || !hasKeys(a, PILLARS)) return null;
  const out = PILLARS.map((p) => tenths((a as Record<string, unknown>)[p]));
  return out.every((t) => t !== null) ? (out as number[]) : null;
}

const thousandths = (x: unknown): number | null => {
  if (typeof x !== 'number' || !Number.isFinite(x)) return null;
  const k = Math.round(x * 1000);
  return Number.isSafeInteger(k) && k / 1000 === x && !Object.is(x, -0) ? k : null;
};

/** The question on screen, when the session shows one. */
function currentQuestion(session: PlaySession | null): PreparedQuestion | null {
  const cp = session?.checkpoint;
  return cp ? (cp.questions[cp.current] ?? null) : null;
}

/** Writes an answer as positions in the question's own lists; false when it cannot be said that way. */
function writeAnswer(w: ByteWriter, q: PreparedQuestion | null, a: unknown): boolean {
  if (!q || typeof a !== 'object' || a === null) return false;
  const answer = a as QuizAnswer;
  if (answer.type !== q.type) return false;
  switch (answer.type) {
    case 'multiple-choice': {
      const i = q.choiceOrder.indexOf(answer.choice);
      if (!hasKeys(answer, ['type', 'choice']) || i < 0) return false;
      w.uint(i);
      return true;
    }
    case 'true-false':
      if (!hasKeys(answer, ['type', 'value']) || typeof answer.value !== 'boolean') return false;
      w.byte(answer.value ? 1 : 0);
      return true;
    case 'ordering': {
      const order = answer.order as unknown;
      if (!hasKeys(answer, ['type', 'order']) || !Array.isArray(order)) return false;
      const places = order.map((id) => q.itemOrder.indexOf(id as string));
      if (places.some((p) => p < 0)) return false;
      w.uint(places.length);
      places.forEach((p) => w.uint(p));
      return true;
    }
    case 'matching': {
      const pairs = answer.pairs as unknown;
      if (!hasKeys(answer, ['type', 'pairs']) || typeof pairs !== 'object' || pairs === null)
        return false;
      const record = pairs as Record<string, unknown>;
      // Items in the left column's order; each its target's place + 1, 0 when left unmatched.
      if (!Object.keys(record).every((k) => q.itemOrder.includes(k))) return false;
      const places = q.itemOrder.map((item) =>
        Object.hasOwn(record, item) ? q.targetOrder.indexOf(record[item] as string) + 1 : 0,
      );
      if (q.itemOrder.some((item, i) => Object.hasOwn(record, item) && places[i] === 0))
        return false;
      places.forEach((p) => w.uint(p));
      return true;
    }
    case 'numeric': {
      const k = thousandths(answer.value);
      if (!hasKeys(answer, ['type', 'value']) || k === null) return false;
      w.int(k);
      return true;
    }
    default:
      return false;
  }
}

function readAnswer(r: ByteReader, q: PreparedQuestion | null): QuizAnswer {
  if (!q) throw new MalformedData('answer with no question');
  const at = <T>(list: readonly T[], i: number): T => {
    const v = list[i];
    if (v === undefined) throw new MalformedData('place out of range');
    return v;
  };
  switch (q.type) {
    case 'multiple-choice':
      return { type: 'multiple-choice', choice: at(q.choiceOrder, r.uint()) };
    case 'true-false': {
      const b = r.byte();
      if (b > 1) throw new MalformedData('boolean');
      return { type: 'true-false', value: b === 1 };
    }
    case 'ordering': {
      const n = r.uint();
      if (n > 64) throw new MalformedData('order too long');
      return {
        type: 'ordering',
        order: Array.from({ length: n }, () => at(q.itemOrder, r.uint())),
      };
    }
    case 'matching': {
      const pairs: Record<string, string> = {};
      for (const item of q.itemOrder) {
        const p = r.uint();
        if (p > 0) pairs[item] = at(q.targetOrder, p - 1);
      }
      return { type: 'matching', pairs };
    }
    case 'numeric':
      return { type: 'numeric', value: r.int() / 1000 };
  }
}

/** A valid session code as its 40 data bits (5 bytes; the check symbol is worked out again), else as text. */
function writeSessionCode(w: ByteWriter, code: string): void {
  const parsed = parseSessionCode(code);
  if (!parsed.ok || parsed.code !== code) {
    w.byte(1);
    w.text(code);
    return;
  }
  let value = [...code.replace(/-/g, '')]
    .slice(0, 8)
    .reduce((acc, c) => acc * 32 + (symbolValue(c) ?? 0), 0);
  w.byte(0);
  const bytes: number[] = [];
  for (let i = 0; i < 5; i++, value = Math.floor(value / 256)) bytes.unshift(value % 256);
  bytes.forEach((b) => w.byte(b));
}

function readSessionCode(r: ByteReader): string {
  const kind = r.byte();
  if (kind === 1) return r.text();
  if (kind !== 0) throw new MalformedData('session code kind');
  let value = 0;
  for (let i = 0; i < 5; i++) value = value * 256 + r.byte();
  const symbols: number[] = [];
  for (let i = 0; i < 8; i++, value = Math.floor(value / 32)) symbols.unshift(value % 32);
  symbols.push(checkSymbol(symbols));
  return formatSessionCode(symbols.map((v) => ALPHABET[v] ?? '').join(''));
}

/** A replay of the class game this code's session and nickname start, or of nothing (no valid session). */
function replayOf(sessionCode: string, nickname: string): ClassReplay {
  const parsed = parseSessionCode(sessionCode);
  const start = parsed.ok
    ? newSession(classGameSettings(parsed.settings, nickname), CODEC_ENV)
    : null;
  return new ClassReplay(start, CODEC_ENV);
}

/** The replay each decoded payload went through, for verifyResult to reuse (same rules only). */
const decodedReplays = new WeakMap<ResultPayload, ClassReplay>();

/** The replay that decoding this payload already did, when it was played by these rules. */
export function decodedReplay(payload: ResultPayload, env: SessionEnv): ClassReplay | null {
  const same = env.content === CODEC_ENV.content && env.quiz.bank === CODEC_ENV.quiz.bank;
  return same ? (decodedReplays.get(payload) ?? null) : null;
}

/** One action, written as compactly as the session it is played in allows; returns what the decoder will read. */
function writeAction(
  w: ByteWriter,
  session: PlaySession | null,
  action: SessionAction,
): SessionAction {
  const mark = new ByteWriter();
  switch (action.type) {
    case 'plan/commit': {
      const t = allocationTenths(action.allocation);
      if (t && hasKeys(action, ['type', 'allocation'])) {
        w.byte(TAG.commit);
        t.forEach((x) => w.uint(x));
        return action;
      }
      break;
    }
    case 'event/choose': {
      const i = session?.game.event?.options.indexOf(action.optionId) ?? -1;
      if (i >= 0 && hasKeys(action, ['type', 'optionId'])) {
        w.byte(TAG.choose);
        w.uint(i);
        return action;
      }
      break;
    }
    case 'quiz/answer':
      if (
        hasKeys(action, ['type', 'answer']) &&
        writeAnswer(mark, currentQuestion(session), action.answer)
      ) {
        w.byte(TAG.answer);
        for (const b of mark.result()) w.byte(b);
        return action;
      }
      break;
    default: {
      const simple = {
        'resolve/continue': TAG.continue,
        'checkpoint/start': TAG.start,
        'quiz/next': TAG.next,
        'checkpoint/finish': TAG.finish,
      } as Record<string, number | undefined>;
      const tag = simple[action.type];
      if (tag !== undefined && hasKeys(action, ['type'])) {
        w.byte(tag);
        return action;
      }
    }
  }
  const json = JSON.stringify(action) ?? 'null';
  w.byte(TAG.raw);
  w.text(json);
  return JSON.parse(json) as SessionAction;
}

function readAction(r: ByteReader, session: PlaySession | null): SessionAction {
  const tag = r.byte();
  switch (tag) {
    case TAG.commit: {
      const [chips, incubators, talent, openSource] = PILLARS.map(() => r.uint() / 10);
      const allocation: Allocation = {
        chips: chips ?? 0,
        incubators: incubators ?? 0,
        talent: talent ?? 0,
        openSource: openSource ?? 0,
      };
      return { type: 'plan/commit', allocation };
    }
    case TAG.continue:
      return { type: 'resolve/continue' };
    case TAG.choose: {
      const optionId = session?.game.event?.options[r.uint()];
      if (optionId === undefined) throw new MalformedData('no such option');
      return { type: 'event/choose', optionId };
    }
    case TAG.start:
      return { type: 'checkpoint/start' };
    case TAG.answer:
      return { type: 'quiz/answer', answer: readAnswer(r, currentQuestion(session)) };
    case TAG.next:
      return { type: 'quiz/next' };
    case TAG.finish:
      return { type: 'checkpoint/finish' };
    case TAG.raw: {
      let action: unknown;
      try {
        action = JSON.parse(r.text());
      } catch {
        throw new MalformedData('raw action');
      }
      const type = (action as { type?: unknown } | null)?.type;
      if (
        typeof action !== 'object' ||
        action === null ||
        Array.isArray(action) ||
        typeof type !== 'string'
      )
        throw new MalformedData('raw action shape');
      return action as SessionAction;
    }
    default:
      throw new MalformedData('unknown tag');
  }
}

/** The result code of a game: base32 text of at most a few hundred symbols, in groups for reading. */
export function encodeResultCode(p: ResultPayload): string {
  const w = new ByteWriter();
  w.text(p.nickname);
  writeSessionCode(w, p.sessionCode);
  const log = p.log.filter((a) => a.type !== 'draft/set');
  w.uint(log.length);
  const game = replayOf(p.sessionCode, p.nickname);
  for (const action of log) game.step(writeAction(w, game.session, action));
  const body = w.result();
  const packed = deflateSync(body, { level: 9, mem: 8 });
  const deflated = packed.length < body.length;
  const data = deflated ? packed : body;
  const out = new Uint8Array(1 + data.length + CRC_BYTES);
  out[0] = FORMAT | (deflated ? DEFLATED : 0);
  out.set(data, 1);
  const crc = crc32(out.subarray(0, 1 + data.length));
  // Little-endian, the bit order CRC-32 is computed in, so the check covers itself as one codeword.
  for (let i = 0; i < CRC_BYTES; i++) out[1 + data.length + i] = (crc >>> (8 * i)) & 0xff;
  return toBase32(out);
}

function decodeBody(body: Uint8Array): ResultPayload {
  const r = new ByteReader(body);
  const nickname = r.text();
  const sessionCode = readSessionCode(r);
  const count = r.uint();
  if (count > body.length) throw new MalformedData('more actions than bytes');
  const game = replayOf(sessionCode, nickname);
  const log: SessionAction[] = [];
  for (let i = 0; i < count; i++) {
    const action = readAction(r, game.session);
    log.push(action);
    game.step(action);
  }
  if (!r.done) throw new MalformedData('trailing bytes');
  const payload = { nickname, sessionCode, log };
  decodedReplays.set(payload, game);
  return payload;
}

/** Reads a pasted, typed or scanned result code; every problem is a translated reason, never a throw. */
export function parseResultCode(text: string): ResultCodeResult {
  const fail = (key: string, params?: Record<string, string | number>): ResultCodeResult => ({
    ok: false,
    error: codeError(key, params),
  });
  if (typeof text !== 'string') return fail('result.empty');
  const folded = foldCode(text);
  if (folded.length === 0) return fail('result.empty');
  for (const char of folded)
    if (symbolValue(char) === undefined) return fail('result.bad-character', { char });
  if (folded.length > RESULT_CODE_MAX_SYMBOLS)
    return fail('result.too-long', { count: folded.length, max: RESULT_CODE_MAX_SYMBOLS });
  if (parseSessionCode(folded).ok) return fail('result.is-session-code');
  if (folded.length < MIN_SYMBOLS) return fail('result.too-short');
  const bytes = fromBase32(folded);
  if (!bytes) return fail('result.typo');
  const end = bytes.length - CRC_BYTES;
  let stored = 0;
  for (let i = CRC_BYTES - 1; i >= 0; i--) stored = stored * 256 + (bytes[end + i] ?? 0);
  if (crc32(bytes.subarray(0, end)) !== stored) return fail('result.typo');
  const format = bytes[0] ?? 0;
  if ((format & 0xf0) !== FORMAT) return fail('result.newer');
  if ((format & 0x0f & ~DEFLATED) !== 0) return fail('result.corrupt');
  let payload: ResultPayload;
  try {
    const data = bytes.subarray(1, end);
    payload = decodeBody(format & DEFLATED ? inflateSync(data) : data);
  } catch {
    return fail('result.corrupt');
  }
  const session = parseSessionCode(payload.sessionCode);
  if (!session.ok || session.code !== payload.sessionCode) return fail('result.session');
  return { ok: true, payload };
}

/** Groups of five symbols, for a code printed or read aloud; parseResultCode ignores the dashes. */
export function formatResultCode(code: string): string {
  return code.match(/.{1,5}/g)?.join('-') ?? '';
}
