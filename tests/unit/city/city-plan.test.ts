// The city plan: one district per pillar, in budget order, every building inside the drawn world.
import { describe, expect, it } from 'vitest';
import { CITY_ART } from '../../../src/scenes/art';
import { WORLD_WIDTH } from '../../../src/scenes/city-layout';
import { DISTRICTS, LINK_ENDS } from '../../../src/scenes/city-plan';
import { PILLARS } from '../../../src/sim';

const width = (key: string): number => CITY_ART.find((art) => art.key === key)?.width ?? NaN;

describe('city plan', () => {
  it('has one district per pillar, left to right in PILLARS order', () => {
    expect(DISTRICTS.map((d) => d.pillar)).toEqual([...PILLARS]);
    const centres = DISTRICTS.map((d) => d.centre);
    expect([...centres].sort((a, b) => a - b)).toEqual(centres);
  });

  it('keeps every building and link inside the world width, using loaded art', () => {
    for (const d of DISTRICTS) {
      const lw = width(d.landmark);
      const gw = width(d.growth);
      expect(lw).toBeGreaterThan(0);
      expect(gw).toBeGreaterThan(0);
      expect(d.centre + d.landmarkDx - lw / 2).toBeGreaterThanOrEqual(0);
      for (const slot of d.slots) {
        expect(d.centre + slot.dx - gw / 2).toBeGreaterThanOrEqual(0);
        expect(d.centre + slot.dx + gw / 2).toBeLessThanOrEqual(WORLD_WIDTH);
      }
    }
    for (const end of LINK_ENDS) expect(end.x).toBeLessThanOrEqual(WORLD_WIDTH);
  });
});
