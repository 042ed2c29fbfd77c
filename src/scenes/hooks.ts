// What the scenes may ask of the page: motion preference and progress reporting, nothing else.

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
