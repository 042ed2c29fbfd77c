// The city scene's layout keeps its chart, gauges and city clear of the DOM year panel at every target size.
import { describe, expect, it } from 'vitest';
import {
  layoutCity,
  WORLD_BOTTOM,
  WORLD_TOP,
  WORLD_WIDTH,
  type Rect,
} from '../../../src/scenes/city-layout';

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutCity', () => {
  it.each([
    [1280, 720],
    [1366, 768],
    [1920, 1080],
    [390, 844],
    [360, 640],
  ])('at %i×%i puts everything in the visible part without overlaps', (width, height) => {
    const plan = layoutCity(width, height);
    const { city } = plan;
    const cityRect: Rect = {
      x: city.x,
      y: city.groundY + WORLD_TOP * city.scale,
      width: WORLD_WIDTH * city.scale,
      height: (WORLD_BOTTOM - WORLD_TOP) * city.scale,
    };
    for (const rect of [plan.chart, plan.gauges, cityRect])
      expect(inside(rect, plan.focus)).toBe(true);
    expect(overlaps(plan.chart, plan.gauges)).toBe(false);
    expect(overlaps(plan.chart, cityRect)).toBe(false);
    expect(overlaps(plan.gauges, cityRect)).toBe(false);
    expect(city.scale).toBeGreaterThan(0.2);
  });

  it('keeps the left 60% on landscape and the top half on portrait', () => {
    expect(layoutCity(1280, 720).focus).toEqual({ x: 0, y: 0, width: 768, height: 720 });
    expect(layoutCity(390, 844).focus).toEqual({ x: 0, y: 0, width: 390, height: 422 });
    expect(layoutCity(1280, 720).gaugeColumns).toBe(1);
    expect(layoutCity(390, 844).gaugeColumns).toBe(2);
  });
});

describe('the page header over the canvas', () => {
  it('keeps chart, gauges and city below the header', () => {
    const plan = layoutCity(1280, 720, 64);
    expect(plan.focus.y).toBe(64);
    expect(plan.chart.y).toBeGreaterThanOrEqual(64);
    expect(plan.gauges.y).toBeGreaterThanOrEqual(64);
    expect(plan.city.groundY).toBeLessThanOrEqual(720);
  });
  it('never gives the header more than a third of the height', () => {
    expect(layoutCity(390, 844, 900).focus.y).toBe(844 / 3);
  });
});
