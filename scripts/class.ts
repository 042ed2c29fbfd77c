// The classroom command line (`npm run class -- new|demo|csv`): session codes, a demo class's result codes, and the class CSV, with the dashboard's own modules.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import i18next, { type TFunction } from 'i18next';
import { defaultContent } from '../src/content';
import { QUESTION_BANK } from '../src/content/questions';
import { DIFFICULTIES, LENGTHS, quizContent, type SessionEnv } from '../src/sim';
import {
  CLASS_LANGUAGES,
  CLASS_SEED_LIMIT,
  TIMER_CHOICES,
  classCsvRows,
  classRows,
  demoClass,
  encodeResultCode,
  encodeSessionCode,
  parseResultCode,
  parseSessionCode,
  toCsv,
  verifyResult,
  type ClassSettings,
  type CodeError,
  type ResultPayload,
  type VerifiedResult,
} from '../src/services/classroom';
import { tierOf } from '../src/ui/results/score-tier';

export const USAGE = `Usage:
  npm run class -- new [--length standard|short] [--difficulty easy|normal|hard] [--lang fr|en|any]
                       [--no-checkpoints] [--timer ${TIMER_CHOICES.join('|')}] [--seed 0..${CLASS_SEED_LIMIT - 1}]
  npm run class -- demo CODE [--students 30]
  npm run class -- csv [--lang fr|en] [--session CODE] < result-codes.txt`;

export interface Io {
  readonly stdin: () => Promise<string>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const env: SessionEnv = { content: defaultContent, quiz: quizContent(QUESTION_BANK) };

async function translator(lang: string): Promise<TFunction> {
  const load = (ns: string) =>
    JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../locales/${lang}/${ns}.json`), 'utf8'),
    ) as object;
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    ns: ['codes', 'results'],
    defaultNS: 'codes',
    resources: { [lang]: { codes: load('codes'), results: load('results') } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const message = (t: TFunction, error: CodeError): string => t(error.key, { ...error.params });

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

class UsageError extends Error {}

function integer(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return n;
}

function newCommand(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      length: { type: 'string' },
      difficulty: { type: 'string' },
      lang: { type: 'string' },
      'no-checkpoints': { type: 'boolean' },
      timer: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const timer = integer(values.timer, 'timer', 0, 90) ?? 0;
  if (!(TIMER_CHOICES as readonly number[]).includes(timer))
    throw new UsageError(`--timer must be one of ${TIMER_CHOICES.join(', ')} (got "${timer}")`);
  const settings: ClassSettings = {
    length: oneOf(values.length, LENGTHS, 'standard', 'length'),
    difficulty: oneOf(values.difficulty, DIFFICULTIES, 'normal', 'difficulty'),
    language: oneOf(values.lang, CLASS_LANGUAGES, 'any', 'lang'),
    checkpoints: values['no-checkpoints'] !== true,
    timerSeconds: timer as ClassSettings['timerSeconds'],
    seed: integer(values.seed, 'seed', 0, CLASS_SEED_LIMIT - 1) ?? randomInt(0, CLASS_SEED_LIMIT),
  };
  io.out(`${encodeSessionCode(settings)}\n`);
  return 0;
}

async function demoCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { students: { type: 'string' }, lang: { type: 'string' } },
  });
  const code = positionals.join(' ');
  if (!code) throw new UsageError('demo needs a session code');
  const count = integer(values.students, 'students', 1, 500) ?? 30;
  const demo = demoClass(code, count, env);
  if (!demo.ok) {
    const t = await translator(oneOf(values.lang, ['en', 'fr'] as const, 'en', 'lang'));
    io.err(`${message(t, demo.error)}\n`);
    return 1;
  }
  for (const payload of demo.results) io.out(`${encodeResultCode(payload)}\n`);
  return 0;
}

async function csvCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { lang: { type: 'string' }, session: { type: 'string' } },
  });
  const lang = oneOf(values.lang, ['en', 'fr'] as const, 'en', 'lang');
  const t = await translator(lang);
  const lines = (await io.stdin()).split(/\r\n|\r|\n/u);
  let session: (ClassSettings & { code: string }) | null = null;
  if (values.session !== undefined) {
    const parsed = parseSessionCode(values.session);
    if (!parsed.ok) {
      io.err(`--session: ${message(t, parsed.error)}\n`);
      return 2;
    }
    session = { ...parsed.settings, code: parsed.code };
  }
  const decoded: { line: number; payload: ResultPayload }[] = [];
  let rejected = 0;
  const reject = (line: number, error: CodeError) => {
    rejected++;
    io.err(`line ${line}: ${message(t, error)}\n`);
  };
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const parsed = parseResultCode(text);
    if (parsed.ok) decoded.push({ line: i + 1, payload: parsed.payload });
    else reject(i + 1, parsed.error);
  });
  // Without --session, the session is the one the first readable code carries (each code holds its own).
  if (!session && decoded[0]) {
    const parsed = parseSessionCode(decoded[0].payload.sessionCode);
    if (parsed.ok) session = { ...parsed.settings, code: parsed.code };
  }
  const results: VerifiedResult[] = [];
  for (const { line, payload } of decoded) {
    if (!session) break;
    const verified = verifyResult(payload, session, env, {
      outcomeOf: (score, game) => tierOf(score, game).id,
    });
    if (verified.ok) results.push(verified.result);
    else reject(line, verified.error);
  }
  const table = classCsvRows(classRows(results), {
    column: (key) => t(`csv.${key}`),
    outcome: (id) => t(`results:tiers.${id}.name`),
  });
  io.out(toCsv(table, lang));
  return rejected > 0 ? 1 : 0;
}

/** Runs one command; returns the exit code (0 ok, 1 some code rejected, 2 a usage error). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'new') return newCommand(rest, io);
    if (command === 'demo') return await demoCommand(rest, io);
    if (command === 'csv') return await csvCommand(rest, io);
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`class: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2), {
    stdin: readStdin,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
