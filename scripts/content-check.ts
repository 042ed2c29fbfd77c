// `npm run content:check`: validates the question bank, its quotes and every locale; prints one line per problem and fails if any.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, ROOT } from './content-load';
import { fixTypography } from './content-typography';
import { formatProblem, validateContent } from './content-validate';

// `-- --fix-typography` puts the French no-break spaces in (locales/fr/*.json, docs/*.fr.md) first.
if (process.argv.includes('--fix-typography')) {
  for (const path of Object.keys(loadContent().frenchFiles)) {
    const file = join(ROOT, path);
    const text = readFileSync(file, 'utf8');
    const fixed = fixTypography(text, path.endsWith('.md'));
    if (fixed !== text) {
      writeFileSync(file, fixed);
      console.log(`typography fixed: ${path}`);
    }
  }
}

const input = loadContent();
const problems = validateContent(input);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\ncontent:check failed: ${problems.length} problem(s).`);
  process.exit(1);
}
const langs = Object.keys(input.locales).join(', ');
console.log(`content:check passed: ${input.bank.length} questions, languages ${langs}.`);
