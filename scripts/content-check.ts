// `npm run content:check`: validates the question bank, its quotes and every locale; prints one line per problem and fails if any.
import { loadContent } from './content-load';
import { formatProblem, validateContent } from './content-validate';

const input = loadContent();
const problems = validateContent(input);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\ncontent:check failed: ${problems.length} problem(s).`);
  process.exit(1);
}
const langs = Object.keys(input.locales).join(', ');
console.log(`content:check passed: ${input.bank.length} questions, languages ${langs}.`);
