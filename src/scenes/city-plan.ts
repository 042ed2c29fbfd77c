// The city's plan in world units (x right, y up is negative, ground at y = 0): which art goes where per district.
import type { PillarId } from '../sim';
import { WORLD_WIDTH } from './city-layout';

export interface SlotPlan {
  /** Offset from the district centre (world units). */
  readonly dx: number;
  /** Back-row buildings stand a little higher (further away) and dimmer, behind the landmark. */
  readonly back: boolean;
  readonly flip: boolean;
}

export interface DistrictPlan {
  readonly pillar: PillarId;
  readonly centre: number;
  readonly landmark: string;
  /** Offset of the landmark from the centre; growth buildings fill the rest of the district. */
  readonly landmarkDx: number;
  readonly growth: string;
  /** In the order they rise: the front one first, so the first gain is the most visible. */
  readonly slots: readonly SlotPlan[];
}

const DISTRICT_WIDTH = WORLD_WIDTH / 4;
/** How far above the ground the back row stands (world units). */
export const BACK_ROW_LIFT = 18;

const front = (dx: number, flip = false): SlotPlan => ({ dx, back: false, flip });
const back = (dx: number, flip = false): SlotPlan => ({ dx, back: true, flip });

function district(
  index: number,
  pillar: PillarId,
  art: { landmark: string; landmarkDx: number; growth: string },
  slots: readonly SlotPlan[],
): DistrictPlan {
  return { pillar, centre: DISTRICT_WIDTH * (index + 0.5), ...art, slots };
}

/** Left to right, in PILLARS order, so the city reads like the budget panel. */
export const DISTRICTS: readonly DistrictPlan[] = [
  district(0, 'chips', { landmark: 'city-fab', landmarkDx: -36, growth: 'city-cleanroom' }, [
    front(92),
    back(-100, true),
    back(10),
    back(126, true),
  ]),
  district(
    1,
    'incubators',
    { landmark: 'city-incubator', landmarkDx: -60, growth: 'city-startup' },
    [front(52), front(112, true), back(84, true), back(-128)],
  ),
  district(2, 'talent', { landmark: 'city-library', landmarkDx: -36, growth: 'city-hall' }, [
    front(92),
    back(-112, true),
    back(22),
    back(128, true),
  ]),
  district(3, 'openSource', { landmark: 'city-hub', landmarkDx: -36, growth: 'city-server' }, [
    front(60),
    front(-104, true),
    back(116),
    back(-56, true),
  ]),
];

/** Cranes stand in the incubator district's back row while its ecosystem is growing (offsets, world units). */
export const CRANES: readonly number[] = [-10, 130];

/** The white elephant looms in the back between the incubators and the campus (world units). */
export const ELEPHANT_X = WORLD_WIDTH / 2;

/** Chimney tops in the fab art (px of the 200×150 SVG), where steam rises. */
export const FAB_CHIMNEYS: readonly { x: number; y: number }[] = [
  { x: 34, y: 20 },
  { x: 57, y: 34 },
];

/** Lantern spots over the library, as offsets from the campus landmark's foot (world units). */
export const LANTERNS: readonly { dx: number; y: number }[] = [
  { dx: -70, y: -185 },
  { dx: -20, y: -215 },
  { dx: 35, y: -190 },
  { dx: 85, y: -222 },
  { dx: 130, y: -180 },
];

/** Where the open-source links land in the sky: the rest of the world (world units). */
export const LINK_ENDS: readonly { x: number; y: number }[] = [
  { x: 1190, y: -300 },
  { x: 720, y: -312 },
  { x: 1090, y: -322 },
  { x: 560, y: -290 },
  { x: 880, y: -326 },
];
