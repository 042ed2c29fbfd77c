// Headless runner: plays one whole game with a built-in strategy and prints the final state and score.
import { defaultContent } from '../src/content';
import { runGame } from '../src/sim/headless/run';
import { INDICATORS } from '../src/sim/types';
import { USAGE, parseSimArgs } from './sim-args';

const args = parseSimArgs(process.argv.slice(2));
if (typeof args === 'string') {
  console.error(`sim: ${args}\n${USAGE}`);
  process.exit(2);
}
const final = runGame(args, args.strategy, defaultContent);
const score = final.score?.total ?? 0;
if (args.json) {
  process.stdout.write(`${JSON.stringify({ score, options: args, state: final })}\n`);
} else {
  console.log(
    `Seed ${args.seed}, ${args.strategy}, ${args.difficulty}, ${args.length}: score ${score}`,
  );
  console.log(['year', 'budget', ...INDICATORS, 'frontier', 'event/option'].join('\t'));
  for (const r of final.history) {
    const ev = r.eventId ? `${r.eventId}/${r.optionId}` : '-';
    console.log([r.year, r.budget, ...r.indicators, r.frontier, ev].join('\t'));
  }
  console.log('Score breakdown:', JSON.stringify(final.score));
}
