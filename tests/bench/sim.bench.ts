// Simulation benchmarks: full standard games per second, forecast latency, and saved-state size.
import { defaultContent } from '../../src/content';
import { forecast } from '../../src/sim/forecast';
import { fixedPolicy } from '../../src/sim/headless/policies';
import { runGame } from '../../src/sim/headless/run';
import { newGame } from '../../src/sim/new-game';

interface Result {
  name: string;
  value: number;
  unit: string;
}

const options = (seed: number) =>
  ({ seed, difficulty: 'normal', length: 'standard', quizAccuracy: 0.7 }) as const;

/** Best of three timed rounds after a warm-up, so the JIT and a busy neighbour distort less. */
function gamesPerSecond(): number {
  const policy = fixedPolicy([1, 1, 1, 1]);
  for (let i = 0; i < 3000; i++) runGame(options(i), policy, defaultContent);
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const n = 10_000;
    const t = performance.now();
    for (let i = 0; i < n; i++) runGame(options(round * n + i), policy, defaultContent);
    best = Math.max(best, (n / (performance.now() - t)) * 1000);
  }
  return Math.round(best);
}

/** 99th percentile of one forecast call, in milliseconds, over varied slider positions. */
function forecastP99(): number {
  const s = newGame({ seed: 3, difficulty: 'normal', length: 'standard' }, defaultContent);
  const times: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const a = (i % 50) / 10;
    const t = performance.now();
    forecast(s, { chips: a, incubators: s.budget - a, talent: 0, openSource: 0 });
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length * 0.99)] ?? 0;
}

/** Largest serialized end-of-game state over a few seeds and strategies, in bytes (UTF-8). */
function stateBytes(): number {
  let max = 0;
  for (const seed of [1, 2, 3, 42]) {
    for (const strategy of ['balanced', 'random', 'adaptive'] as const) {
      const end = runGame({ ...options(seed), length: 'standard' }, strategy, defaultContent);
      max = Math.max(max, Buffer.byteLength(JSON.stringify(end), 'utf8'));
    }
  }
  return max;
}

export async function run(): Promise<Result[]> {
  return [
    { name: 'sim.gamesPerSecond', value: gamesPerSecond(), unit: 'games/s' },
    { name: 'sim.forecastP99Ms', value: Number(forecastP99().toFixed(4)), unit: 'ms' },
    { name: 'sim.stateBytes', value: stateBytes(), unit: 'bytes' },
  ];
}
