// Command-line parsing for the headless runner: strict, with clear messages for bad arguments.
import { STRATEGIES, isStrategyId, type StrategyId } from '../src/sim/headless/policies';
import type { Difficulty, GameLength } from '../src/sim/types';

export interface SimArgs {
  seed: number;
  strategy: StrategyId;
  difficulty: Difficulty;
  length: GameLength;
  quizAccuracy: number;
  json: boolean;
}

export const USAGE = `Usage: npm run sim -- [--seed <integer>] [--strategy <${STRATEGIES.join('|')}>]
       [--difficulty <easy|normal|hard>] [--length <standard|short>] [--quiz-accuracy <0..1>] [--json]`;

/** Parses argv (without node and script); returns the arguments or an error message. */
export function parseSimArgs(argv: readonly string[]): SimArgs | string {
  const args: SimArgs = {
    seed: 1,
    strategy: 'balanced',
    difficulty: 'normal',
    length: 'standard',
    quizAccuracy: 0.7,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--json') {
      args.json = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return `Missing value after ${flag}.`;
    i++;
    switch (flag) {
      case '--seed':
        if (!/^-?\d+$/.test(value) || Math.abs(Number(value)) > 2 ** 31 - 1) {
          return `--seed must be an integer between -2147483647 and 2147483647, got "${value}".`;
        }
        args.seed = Number(value);
        break;
      case '--strategy':
        if (!isStrategyId(value))
          return `Unknown strategy "${value}". Use one of: ${STRATEGIES.join(', ')}.`;
        args.strategy = value;
        break;
      case '--difficulty':
        if (value !== 'easy' && value !== 'normal' && value !== 'hard') {
          return `--difficulty must be easy, normal or hard, got "${value}".`;
        }
        args.difficulty = value;
        break;
      case '--length':
        if (value !== 'standard' && value !== 'short') {
          return `--length must be standard or short, got "${value}".`;
        }
        args.length = value;
        break;
      case '--quiz-accuracy': {
        const x = Number(value);
        if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) {
          return `--quiz-accuracy must be a number between 0 and 1, got "${value}".`;
        }
        args.quizAccuracy = x;
        break;
      }
      default:
        return `Unknown option "${flag}".`;
    }
  }
  return args;
}
