// Checks every locale folder's quiz.json and source.json: each question, choice, item and glossary entry has its text, and all languages have the same keys and placeholders.
import { QUESTION_TYPES, SECTION_IDS } from '../src/sim/quiz/types';
import type { ContentInput, Problem } from './content-types';

type Json = Record<string, unknown>;
const NAMESPACES = ['quiz', 'source'] as const;
const MAX_SUMMARY_WORDS = 120;
/** Catch-all distractors teach guessing, not reading. */
const BANNED =
  /all of the above|none of the above|toutes les réponses|aucune de ces réponses|aucune des réponses/i;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf as "a.b.c" → text; a leaf that is not a non-empty string is a problem. */
export function flatten(
  value: unknown,
  where: string,
  problems: Problem[],
  prefix = '',
): Map<string, string> {
  const out = new Map<string, string>();
  if (!isObject(value)) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isObject(child)) for (const [k, v] of flatten(child, where, problems, path)) out.set(k, v);
    else if (typeof child === 'string' && child.trim() !== '') out.set(path, child);
    else problems.push({ where, message: `"${path}" must be a non-empty string` });
  }
  return out;
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

function sameKeys(
  where: string,
  label: string,
  actual: unknown,
  expected: readonly string[],
  problems: Problem[],
): void {
  const keys = isObject(actual) ? Object.keys(actual) : [];
  const missing = expected.filter((k) => !keys.includes(k));
  const extra = keys.filter((k) => !expected.includes(k));
  if (missing.length > 0)
    problems.push({ where, message: `${label}: missing ${missing.join(', ')}` });
  if (extra.length > 0) problems.push({ where, message: `${label}: unknown ${extra.join(', ')}` });
}

function checkQuiz(lang: string, quiz: unknown, input: ContentInput, problems: Problem[]): void {
  const file = `locales/${lang}/quiz.json`;
  if (!isObject(quiz))
    return void problems.push({ where: file, message: 'missing or not a JSON object' });
  sameKeys(file, 'types', quiz['types'], [...QUESTION_TYPES, 'true', 'false'], problems);
  const units = [...new Set(input.bank.flatMap((q) => (q.type === 'numeric' ? [q.unit] : [])))];
  sameKeys(file, 'units', quiz['units'], units, problems);
  const texts = isObject(quiz['questions']) ? quiz['questions'] : {};
  sameKeys(
    file,
    'questions',
    texts,
    input.bank.map((q) => q.id),
    problems,
  );
  for (const q of input.bank) {
    const entry = texts[q.id];
    if (!isObject(entry)) continue; // already reported as missing
    const where = `${file} ${q.id}`;
    const fields = ['prompt', 'explanation', 'quote'];
    if (q.type === 'multiple-choice') fields.push('choices');
    if (q.type === 'matching' || q.type === 'ordering') fields.push('items');
    if (q.type === 'matching') fields.push('targets');
    if (q.sourceNote === true) fields.push('sourceNote');
    sameKeys(where, 'fields', entry, fields, problems);
    if (q.type === 'multiple-choice')
      sameKeys(where, 'choices', entry['choices'], q.choices, problems);
    if (q.type === 'matching' || q.type === 'ordering')
      sameKeys(where, 'items', entry['items'], q.items, problems);
    if (q.type === 'matching') sameKeys(where, 'targets', entry['targets'], q.targets, problems);
  }
}

function checkSource(
  lang: string,
  source: unknown,
  input: ContentInput,
  problems: Problem[],
): void {
  const file = `locales/${lang}/source.json`;
  if (!isObject(source))
    return void problems.push({ where: file, message: 'missing or not a JSON object' });
  const sections = isObject(source['sections']) ? source['sections'] : {};
  sameKeys(file, 'sections', sections, SECTION_IDS, problems);
  for (const id of SECTION_IDS) {
    const entry = sections[id];
    if (!isObject(entry)) continue;
    sameKeys(`${file} ${id}`, 'fields', entry, ['title', 'summary', 'quotes'], problems);
    const words = typeof entry['summary'] === 'string' ? entry['summary'].split(/\s+/).length : 0;
    if (words > MAX_SUMMARY_WORDS)
      problems.push({
        where: `${file} ${id}`,
        message: `summary has ${words} words (max ${MAX_SUMMARY_WORDS})`,
      });
    sameKeys(
      `${file} ${id}`,
      'quotes',
      entry['quotes'],
      input.sourceQuotes[id].map((sq) => sq.id),
      problems,
    );
  }
  const glossary = isObject(source['glossary']) ? source['glossary'] : {};
  sameKeys(file, 'glossary', glossary, input.glossaryIds, problems);
  for (const id of input.glossaryIds) {
    if (isObject(glossary[id]))
      sameKeys(`${file} glossary ${id}`, 'fields', glossary[id], ['term', 'definition'], problems);
  }
}

/** Parity with the first language (French): same keys, same {{placeholders}}, no catch-all answers. */
function checkParity(input: ContentInput, problems: Problem[]): void {
  const langs = Object.keys(input.locales);
  const [reference] = langs;
  if (reference === undefined)
    return void problems.push({ where: 'locales', message: 'no language folder' });
  for (const ns of NAMESPACES) {
    const flat = new Map(
      langs.map((lang) => [
        lang,
        flatten(input.locales[lang]?.[ns], `locales/${lang}/${ns}.json`, problems),
      ]),
    );
    const ref = flat.get(reference) ?? new Map<string, string>();
    for (const lang of langs) {
      const file = `locales/${lang}/${ns}.json`;
      const texts = flat.get(lang) ?? new Map<string, string>();
      for (const [key, text] of texts) {
        if (BANNED.test(text))
          problems.push({
            where: file,
            message: `"${key}" uses a catch-all answer ("all/none of the above")`,
          });
        const other = ref.get(key);
        if (other === undefined)
          problems.push({ where: file, message: `"${key}" is not in ${reference}` });
        else if (placeholders(other) !== placeholders(text))
          problems.push({ where: file, message: `"${key}" placeholders differ from ${reference}` });
      }
      for (const key of ref.keys()) {
        if (!texts.has(key))
          problems.push({ where: file, message: `"${key}" is missing (present in ${reference})` });
      }
    }
  }
}

export function validateLocales(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  for (const [lang, files] of Object.entries(input.locales)) {
    checkQuiz(lang, files.quiz, input, problems);
    checkSource(lang, files.source, input, problems);
  }
  checkParity(input, problems);
  return problems;
}
