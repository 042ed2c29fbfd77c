// Where the city scene puts its three parts (chart, gauges, city) for a canvas size, kept clear of the DOM year panel.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CityLayout {
  readonly portrait: boolean;
  /** The part of the canvas the DOM panel leaves visible: left 60% (landscape) or top half (portrait). */
  readonly focus: Rect;
  readonly chart: Rect;
  readonly gauges: Rect;
  /** Gauge grid: 1 column of 6 on landscape, 2 columns of 3 on portrait. */
  readonly gaugeColumns: number;
  /** Where the city's ground line starts (px) and how many px one world unit takes. */
  readonly city: { readonly x: number; readonly groundY: number; readonly scale: number };
}

/** The city is drawn in world units: 1200 wide, from WORLD_TOP (sky links) to WORLD_BOTTOM (ground band). */
export const WORLD_WIDTH = 1200;
export const WORLD_TOP = -330;
export const WORLD_BOTTOM = 40;
const WORLD_HEIGHT = WORLD_BOTTOM - WORLD_TOP;

/** Share of the width the DOM panel leaves on landscape, and of the height on portrait. */
const LANDSCAPE_FOCUS = 0.6;
const PORTRAIT_FOCUS = 0.5;

/** `topInset` (px) is the strip the page's header covers at the top of the canvas. */
export function layoutCity(width: number, height: number, topInset = 0): CityLayout {
  const portrait = height > width;
  const top = Math.max(0, Math.min(topInset, height / 3));
  const focus: Rect = portrait
    ? { x: 0, y: top, width, height: Math.round(height * PORTRAIT_FOCUS) - top }
    : { x: 0, y: top, width: Math.round(width * LANDSCAPE_FOCUS), height: height - top };
  // Margins grow with the screen but stay between 8 and 28 px.
  const margin = Math.round(Math.min(28, Math.max(8, Math.min(focus.width, focus.height) * 0.035)));
  const inner = {
    x: focus.x + margin,
    y: focus.y + margin,
    width: focus.width - 2 * margin,
    height: focus.height - 2 * margin,
  };
  // The city takes what the panels leave, but never less than 40% of the inner height.
  const topShare = portrait ? 0.56 : 0.5;
  const topHeight = Math.round(inner.height * topShare);
  const cityHeight = inner.height - topHeight - margin;
  const scale = Math.min(inner.width / WORLD_WIDTH, cityHeight / WORLD_HEIGHT);
  const cityWidth = WORLD_WIDTH * scale;
  const city = {
    x: inner.x + (inner.width - cityWidth) / 2,
    groundY: inner.y + inner.height - WORLD_BOTTOM * scale,
    scale,
  };
  if (portrait) {
    const chartHeight = Math.round(topHeight * 0.55);
    return {
      portrait,
      focus,
      chart: { x: inner.x, y: inner.y, width: inner.width, height: chartHeight },
      gauges: {
        x: inner.x,
        y: inner.y + chartHeight + margin,
        width: inner.width,
        height: topHeight - chartHeight - margin,
      },
      gaugeColumns: 2,
      city,
    };
  }
  const chartWidth = Math.round(inner.width * 0.56);
  return {
    portrait,
    focus,
    chart: { x: inner.x, y: inner.y, width: chartWidth, height: topHeight },
    gauges: {
      x: inner.x + chartWidth + margin,
      y: inner.y,
      width: inner.width - chartWidth - margin,
      height: topHeight,
    },
    gaugeColumns: 1,
    city,
  };
}
