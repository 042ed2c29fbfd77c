// Pure maths that turn indicator values (0–100) into how built, lit and busy each district looks.
import { INDICATORS, type IndicatorId, type Indicators, type PillarId } from '../sim';

/** Which indicator each district shows: the pillar's own outcome, not the money spent on it. */
export const PILLAR_INDICATOR: Readonly<Record<PillarId, IndicatorId>> = {
  chips: 'chipAutonomy',
  incubators: 'ecosystem',
  talent: 'talent',
  openSource: 'influence',
};

/** Indicator values (0–100) at which successive growth buildings start to rise, and the span each takes. */
const SLOT_START = 8;
const SLOT_SPAN = 22;

/**
 * How far growth building `slot` has risen, 0 (not started) to 1 (complete): slot 0 starts at 8,
 * slot 1 at 30, slot 2 at 52, slot 3 at 74, so a district fills up steadily from 8 to 96.
 */
export function slotGrowth(value: number, slot: number): number {
  return clamp01((value - (SLOT_START + slot * SLOT_SPAN)) / SLOT_SPAN);
}

/** Share of lights on, 0.25 even for a weak pillar so the district never goes pitch black. */
export function litFraction(value: number): number {
  return 0.25 + 0.75 * clamp01(value / 100);
}

/** How many of `max` decorations (lanterns, links, steam puffs) show for a value; 0 only below 10. */
export function visibleCount(value: number, max: number): number {
  if (value < 10) return 0;
  return Math.min(max, Math.max(1, Math.round(clamp01(value / 100) * max)));
}

/** Lanterns appear one by one as talent rises: the first from 15, the fifth from 75, each fading in over 12 points. */
export function lanternAlpha(talent: number, index: number): number {
  return clamp01((talent - 15 - index * 15) / 12);
}

/** Links reach out one by one as influence rises: link i grows over [20i, 20i + 20]; returns 0–1 of its length. */
export function linkReach(influence: number, index: number): number {
  return clamp01((influence - index * 20) / 20);
}

/** Waste above 40 raises the white elephant: 0 at 40 or less, 1 at 80 or more. */
export function elephantPresence(waste: number): number {
  return clamp01((waste - 40) / 40);
}

/** Writes from + (to - from) * t into `out` for every indicator, without allocating (called per frame). */
export function lerpIndicators(
  from: Indicators,
  to: Indicators,
  t: number,
  out: Indicators,
): Indicators {
  for (const id of INDICATORS) out[id] = from[id] + (to[id] - from[id]) * t;
  return out;
}

/** Mixes two 0xRRGGBB colours; f = 0 gives a, 1 gives b. Used for tints that light a building up. */
export function mixColor(a: number, b: number, f: number): number {
  const k = clamp01(f);
  const channel = (shift: number): number => {
    const ca = (a >> shift) & 0xff;
    const cb = (b >> shift) & 0xff;
    return Math.round(ca + (cb - ca) * k) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

export function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
