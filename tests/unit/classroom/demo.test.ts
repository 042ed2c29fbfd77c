// The demo class: deterministic for its code, every game legal and finished, and students of visibly different skill.
import { describe, expect, it } from 'vitest';
import {
  demoClass,
  demoResults,
  demoSettings,
  encodeSessionCode,
  verifyResult,
} from '../../../src/services/classroom';
import { env } from './support';

const settings = demoSettings(123);
const code = encodeSessionCode(settings);

describe('demo class', () => {
  it('is the same class for the same code, and another class for another code', () => {
    expect(demoResults(code, 5, env)).toEqual(demoResults(code, 5, env));
    const other = encodeSessionCode({ ...settings, seed: 124 });
    expect(demoResults(other, 5, env).map((p) => p.log)).not.toEqual(
      demoResults(code, 5, env).map((p) => p.log),
    );
  });

  it('plays 30 finished, legal games of varied quiz skill and scores', () => {
    const results = demoResults(code, 30, env).map((p) => {
      const v = verifyResult(p, { ...settings, code }, env);
      if (!v.ok) throw new Error(v.error.key);
      return v.result;
    });
    expect(results.every((r) => r.finished)).toBe(true);
    const right = results.map((r) => r.answers.filter((a) => a.correct).length);
    expect(Math.max(...right) - Math.min(...right)).toBeGreaterThanOrEqual(4);
    const scores = results.map((r) => r.score?.total ?? 0);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(50);
  });

  it('says why for a mistyped code, and gives no student', () => {
    const bad = demoClass('K7QM-4TZC-0', 3, env);
    expect(bad.ok).toBe(false);
    expect(demoResults('nonsense', 3, env)).toEqual([]);
  });
});
