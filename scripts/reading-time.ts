// Prints, as JSON, how long a short and a standard game take a second-language reader (npx tsx scripts/reading-time.ts).
import { LENGTHS } from '../src/sim';
import {
  estimate,
  languages,
  minutesRange,
  SECONDS_PER_DECISION,
  SEEDS,
  WORDS_PER_MINUTE,
} from './reading-time-count';

const result = {
  wordsPerMinute: WORDS_PER_MINUTE,
  secondsPerDecision: SECONDS_PER_DECISION,
  seeds: SEEDS,
  games: Object.fromEntries(
    LENGTHS.map((length) => [
      length,
      {
        ...Object.fromEntries(languages().map((lang) => [lang, estimate(length, lang)])),
        setupMinutes: minutesRange(length),
      },
    ]),
  ),
};
console.log(JSON.stringify(result, null, 2));
