// The stage contract: what the city scene is shown (read-only snapshots of numbers), how the page drives the stage, and what the scenes may ask of the page.
import type { Allocation, Indicators } from '../sim';

export interface CapabilityPoint {
  readonly year: number;
  /** Our AI capability, 0–100. */
  readonly capability: number;
  /** The scripted US frontier, 0–100, same scale. */
  readonly frontier: number;
}

export interface CityView {
  readonly year: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Indicators after the year resolved (0–100; waste: lower is better). */
  readonly indicators: Indicators;
  /** Indicators before the year, to animate the change; null in the first plan. */
  readonly previous: Indicators | null;
  /** One point per resolved year, oldest first, plus the starting point. */
  readonly history: readonly CapabilityPoint[];
  /** Billions per pillar the player committed this year; null before the first commit. */
  readonly allocation: Allocation | null;
  readonly budget: number;
}

/** How the page drives the stage: the scenes read snapshots and never send anything back but readiness. */
export interface StageController {
  /** The animated title backdrop (menus, setup). */
  showTitle(): void;
  /** The city for a year; animates from `previous` to `indicators` unless motion is reduced. */
  showCity(view: CityView): void;
}

export interface SceneHooks {
  /** Read each time, so a change in Settings takes effect without a restart. */
  reducedMotion(): boolean;
  /** fraction in [0, 1] of the art loaded by the Preload scene. */
  onProgress(fraction: number): void;
  onReady(): void;
  /** Height (px) of the page's header over the top of the canvas, so scenes keep clear of it. */
  topInset?(): number;
}

export const HOOKS_KEY = 'hooks';
