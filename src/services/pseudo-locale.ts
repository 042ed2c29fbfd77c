// Builds the dev pseudo-locale from English: accented letters and 40% padding, placeholders untouched.

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

/** Interpolations and nesting must survive: {{name}}, $t(key) and <0>tags</0>. */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>)/;

/** Pads by 40% of the visible length so tight layouts show up in development. */
export function pseudoLocalizeString(text: string): string {
  const parts = text.split(PROTECTED);
  let visible = 0;
  const out = parts.map((part, index) => {
    if (index % 2 === 1) return part;
    visible += part.length;
    return [...part].map((ch) => ACCENTED[ch] ?? ch).join('');
  });
  const padding = '·'.repeat(Math.ceil(visible * 0.4));
  return `⟦${out.join('')}${padding}⟧`;
}

export type Resource = { [key: string]: string | Resource };

export function pseudoLocalize(resource: Resource): Resource {
  const result: Resource = {};
  for (const [key, value] of Object.entries(resource)) {
    result[key] = typeof value === 'string' ? pseudoLocalizeString(value) : pseudoLocalize(value);
  }
  return result;
}
