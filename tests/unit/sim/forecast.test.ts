// The forecast: expected change inside its range, more money means more gain, and the trace explains why.
import { describe, expect, it } from 'vitest';
import { forecast, INDICATORS } from '../../../src/sim';
import { fresh, step } from './helpers';

describe('forecast', () => {
  it('gives an expected change inside its range for every indicator', () => {
    const s = fresh();
    const f = forecast(s, { chips: 2, incubators: 1.2, talent: 1.5, openSource: 1 });
    for (const id of INDICATORS) {
      expect(f[id].low).toBeLessThanOrEqual(f[id].expected + 1e-9);
      expect(f[id].high).toBeGreaterThanOrEqual(f[id].expected - 1e-9);
    }
  });

  it('shows more chip money raising chip autonomy, and overspending raising waste', () => {
    const s = fresh();
    const little = forecast(s, { chips: 0.5, incubators: 1.7, talent: 1.7, openSource: 1.8 });
    const more = forecast(s, { chips: 2.5, incubators: 1, talent: 1, openSource: 1.2 });
    expect(more.chipAutonomy.expected).toBeGreaterThan(little.chipAutonomy.expected);
    const allIn = forecast(s, { chips: s.budget, incubators: 0, talent: 0, openSource: 0 });
    expect(allIn.waste.expected).toBeGreaterThan(little.waste.expected);
  });

  it('matches the resolved year when luck is average, and the trace names the biggest causes', () => {
    const s = fresh();
    const alloc = { chips: 1.5, incubators: 1.4, talent: 1.4, openSource: 1.4 };
    const f = forecast(s, alloc);
    const r = step(s, { type: 'plan/commit', allocation: alloc });
    const change = r.indicators.talent - s.indicators.talent;
    expect(change).toBeGreaterThanOrEqual(f.talent.low - 1e-9);
    expect(change).toBeLessThanOrEqual(f.talent.high + 1e-9);
    const talentCauses = r.lastTrace?.talent.map((c) => c.source) ?? [];
    expect(talentCauses).toContain('talent.delayed');
  });
});
