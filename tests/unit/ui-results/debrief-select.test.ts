// Which discussion prompts the debrief picks: driven by what happened, always ending with the model's limits.
import { describe, expect, it } from 'vitest';
import {
  debriefFacts,
  selectPrompts,
  type DebriefFacts,
} from '../../../src/ui/results/debrief-select';
import { finishedGame } from './helpers';

const quiet: DebriefFacts = {
  peakWaste: 5,
  peakWasteYear: 2020,
  exportControls: false,
  finalChipAutonomy: 70,
  finalInfluence: 40,
  frontierBoost: 0,
  shares: { chips: 0.4, incubators: 0.3, talent: 0.2, openSource: 0.1 },
  dataSecurity: false,
  weakest: null,
};

describe('selectPrompts', () => {
  it('falls back to general prompts when nothing stood out, and always ends with the model limits', () => {
    expect(selectPrompts(quiet)).toEqual(['movingTarget', 'talentDelay', 'modelLimits']);
  });
  it('asks about white elephants only when waste was high', () => {
    expect(selectPrompts({ ...quiet, peakWaste: 35 })[0]).toBe('whiteElephant');
    expect(selectPrompts({ ...quiet, peakWaste: 12 })).not.toContain('whiteElephant');
  });
  it('keeps three game prompts at most, in priority order', () => {
    const busy: DebriefFacts = {
      ...quiet,
      peakWaste: 40,
      exportControls: true,
      finalChipAutonomy: 30,
      shares: { chips: 0.1, incubators: 0.1, talent: 0.1, openSource: 0.7 },
      frontierBoost: 9,
      dataSecurity: true,
      weakest: { section: 'players', asked: 2, right: 0, share: 0 },
    };
    expect(selectPrompts(busy)).toEqual([
      'whiteElephant',
      'concentration',
      'chipsAfterControls',
      'modelLimits',
    ]);
  });
  it('asks about a weak quiz section and about open source boosting the rival', () => {
    const prompts = selectPrompts({
      ...quiet,
      shares: { chips: 0.25, incubators: 0.25, talent: 0.25, openSource: 0.25 },
      frontierBoost: 7,
      weakest: { section: 'intro', asked: 3, right: 1, share: 1 / 3 },
    });
    expect(prompts).toEqual(['quizWeak', 'openSourceRival', 'dispersion', 'modelLimits']);
  });
});

describe('debriefFacts from real games', () => {
  it('sees high waste and concentration in an all-chips game, neither in a balanced one', () => {
    const allIn = debriefFacts(finishedGame('all-chips'), null);
    expect(allIn.peakWaste).toBeGreaterThan(20);
    expect(allIn.shares.chips).toBeGreaterThan(0.95);
    const balanced = debriefFacts(finishedGame('balanced'), null);
    expect(balanced.peakWaste).toBeLessThan(20);
    expect(balanced.shares.chips).toBeCloseTo(0.25, 1);
  });
});
