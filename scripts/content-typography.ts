// French typography: a no-break space (U+00A0 or the narrow U+202F) before ; : ! ? and inside « »; a check for content:check and a fixer.
import type { Problem } from './content-types';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** A plain space (or none) where French needs a no-break one. */
const RULES: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: / (?=[;:!?])/g, what: 'plain space before ; : ! ?' },
  { pattern: /« /g, what: 'plain space after «' },
  { pattern: / »/g, what: 'plain space before »' },
  { pattern: /«(?=[^\s\u00a0\u202f])/g, what: 'no space after «' },
  { pattern: /(?<=[^\s\u00a0\u202f])»/g, what: 'no space before »' },
];

/** Markdown code (fenced blocks and `spans`) and URLs are not prose: blank them out, keeping offsets. */
function prose(text: string, markdown: boolean): string {
  const blank = (m: string) => m.replace(/[^\n]/g, '\u0000');
  let out = text.replace(/[a-z]+:\/\/\S+/gi, blank);
  if (markdown) out = out.replace(/```[\s\S]*?```/g, blank).replace(/`[^`\n]*`/g, blank);
  return out;
}

/** One problem per place that misses a no-break space, with a short excerpt. */
export function typographyProblems(where: string, text: string, markdown = false): Problem[] {
  const problems: Problem[] = [];
  const checked = prose(text, markdown);
  for (const rule of RULES) {
    for (const m of checked.matchAll(rule.pattern)) {
      const at = m.index;
      const excerpt = text.slice(Math.max(0, at - 20), at + 8).replace(/\n/g, ' ');
      problems.push({ where, message: `French typography: ${rule.what} in "…${excerpt}…"` });
    }
  }
  return problems;
}

/** Every string in a parsed JSON value, with its key path. */
export function jsonStrings(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    jsonStrings(v, prefix === '' ? k : `${prefix}.${k}`),
  );
}

/** Checks French files: JSON files string by string, Markdown as prose. */
export function checkFrenchTypography(files: Readonly<Record<string, unknown>>): Problem[] {
  return Object.entries(files).flatMap(([path, content]) =>
    typeof content === 'string'
      ? typographyProblems(path, content, path.endsWith('.md'))
      : jsonStrings(content).flatMap(([key, text]) => typographyProblems(`${path} ${key}`, text)),
  );
}

/** Puts the no-break spaces in: U+202F before ; ! ?, U+00A0 before : and inside « ». */
export function fixTypography(text: string, markdown = false): string {
  const mask = prose(text, markdown);
  // UTF-16 code units on both sides: prose() keeps offsets unit for unit.
  const out = text.split('');
  const chars = mask.split('');
  const set = (i: number, c: string) => {
    out[i] = c;
  };
  for (let i = 0; i < chars.length; i += 1) {
    const next = chars[i + 1];
    if (chars[i] === ' ' && next !== undefined && ';!?'.includes(next)) set(i, NNBSP);
    else if (chars[i] === ' ' && next === ':') set(i, NBSP);
    else if (chars[i] === ' ' && next === '»') set(i, NBSP);
    else if (chars[i] === ' ' && chars[i - 1] === '«') set(i, NBSP);
  }
  let fixed = out.join('');
  fixed = fixed.replace(/«(?=[^\s\u00a0\u202f])/g, `«${NBSP}`);
  fixed = fixed.replace(/(?<=[^\s\u00a0\u202f])»/g, `${NBSP}»`);
  return fixed;
}
