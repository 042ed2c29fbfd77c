// Indicator values map to districts that grow steadily, light up, and raise the white elephant only above 40 waste.
import { describe, expect, it } from 'vitest';
import {
  elephantPresence,
  lanternAlpha,
  lerpIndicators,
  linkReach,
  litFraction,
  mixColor,
  slotGrowth,
  visibleCount,
} from '../../../src/scenes/city-growth';
import type { Indicators } from '../../../src/sim';

const LOW: Indicators = {
  capability: 0,
  chipAutonomy: 10,
  ecosystem: 20,
  talent: 30,
  influence: 40,
  waste: 50,
};
const HIGH: Indicators = {
  capability: 100,
  chipAutonomy: 90,
  ecosystem: 80,
  talent: 70,
  influence: 60,
  waste: 50,
};

describe('district growth', () => {
  it('raises growth buildings one after another as the value climbs', () => {
    expect(slotGrowth(0, 0)).toBe(0);
    expect(slotGrowth(19, 0)).toBeCloseTo(0.5);
    expect(slotGrowth(30, 0)).toBe(1);
    expect(slotGrowth(30, 1)).toBe(0);
    expect(slotGrowth(100, 3)).toBe(1);
    const built = (v: number) => [0, 1, 2, 3].reduce((sum, slot) => sum + slotGrowth(v, slot), 0);
    for (let v = 1; v <= 100; v += 1) expect(built(v)).toBeGreaterThanOrEqual(built(v - 1));
  });

  it('never turns a district fully dark and lights it fully at 100', () => {
    expect(litFraction(0)).toBe(0.25);
    expect(litFraction(100)).toBe(1);
    expect(litFraction(150)).toBe(1);
  });

  it('shows lanterns and links one by one', () => {
    expect(lanternAlpha(10, 0)).toBe(0);
    expect(lanternAlpha(100, 4)).toBe(1);
    expect(linkReach(30, 1)).toBeCloseTo(0.5);
    expect(linkReach(100, 4)).toBe(1);
    expect(visibleCount(5, 5)).toBe(0);
    expect(visibleCount(12, 5)).toBe(1);
    expect(visibleCount(100, 5)).toBe(5);
  });

  it('raises the white elephant only above 40 waste, fully at 80', () => {
    expect(elephantPresence(40)).toBe(0);
    expect(elephantPresence(60)).toBeCloseTo(0.5);
    expect(elephantPresence(95)).toBe(1);
  });
});

describe('animation helpers', () => {
  it('interpolates every indicator into the given object', () => {
    const out = { ...LOW };
    expect(lerpIndicators(LOW, HIGH, 0.5, out)).toBe(out);
    expect(out).toEqual({
      capability: 50,
      chipAutonomy: 50,
      ecosystem: 50,
      talent: 50,
      influence: 50,
      waste: 50,
    });
  });

  it('mixes colours channel by channel', () => {
    expect(mixColor(0x000000, 0xffffff, 0)).toBe(0x000000);
    expect(mixColor(0x000000, 0xffffff, 1)).toBe(0xffffff);
    expect(mixColor(0x204060, 0x4080c0, 0.5)).toBe(0x306090);
    expect(mixColor(0x102030, 0xffffff, -1)).toBe(0x102030);
  });
});
