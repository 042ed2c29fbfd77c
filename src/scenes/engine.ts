// Loads the Phaser chunk in two steps: fetch its bytes early (with progress), evaluate it only when the player heads for a game.
import type { SceneHooks, StageController } from '../app/stage';

/** Rough size of the engine chunk (bytes), used only when the server sends no Content-Length. */
const ESTIMATED_ENGINE_BYTES = 1_450_000;

/** The build writes the engine chunk's URL into a meta tag; in development there is none. */
export function engineChunkUrl(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="engine-chunk"]')?.content ?? null;
}

/** Downloads the chunk into the HTTP cache so the later import() costs no network; reports fractions in [0, 1]. */
export async function prefetchEngine(
  url: string,
  onFraction: (fraction: number) => void,
): Promise<void> {
  // Low priority: the title's own files come first on a slow connection.
  const response = await fetch(url, { priority: 'low' });
  if (!response.ok || !response.body) throw new Error(`Engine chunk: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || ESTIMATED_ENGINE_BYTES;
  const reader = response.body.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    onFraction(Math.min(1, received / total));
  }
  onFraction(1);
}

/** Resolves when the main thread is idle (or after timeoutMs at the latest), so evaluation never blocks a click in flight. */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    // Safari has no requestIdleCallback: a short timeout still lets pending input run first.
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    } else {
      setTimeout(resolve, 50);
    }
  });
}

/** Evaluates the engine chunk and starts the scenes behind the overlay. */
export async function startEngine(
  parent: HTMLElement,
  hooks: SceneHooks,
): Promise<StageController> {
  const { startGame } = await import('./game');
  return startGame(parent, hooks);
}

/** Share of the progress bar given to each engine start-up stage. */
const STAGE_SHARE = { download: 0.7, evaluate: 0.1, art: 0.2 } as const;

/** `standby`: the chunk is downloaded (in the HTTP cache) and waits, unevaluated, for a game. */
export type BootStage = 'loading' | 'standby' | 'starting' | 'preparing' | 'ready' | 'failed';

export interface BootDeps {
  readonly chunkUrl: string | null;
  /** The download waits for this (the title drawn and its runtime loaded), so the engine never competes with them. */
  readonly after?: Promise<unknown>;
  reducedMotion(): boolean;
  topInset(): number;
  /** Progress for the title's bar: the stage and a fraction of the whole start-up in [0, 1]. */
  onProgress(stage: BootStage, fraction: number): void;
  onReady(): void;
}

export interface EngineBoot {
  /** Evaluates and starts the engine (once, later calls share it); null when it failed (the game keeps working without it). */
  start(): Promise<StageController | null>;
}

/**
 * Downloads the engine at once but evaluates and starts it only when start() is called (the player
 * heads for a game): evaluating Phaser is seconds of main-thread work on a slow laptop, and an idle
 * title that ran it, or drew a frame, would heat the laptop for nothing.
 */
export function bootEngine(parent: HTMLElement, deps: BootDeps): EngineBoot {
  deps.onProgress('loading', 0);
  let started = false;
  let downloaded = false;
  const url = deps.chunkUrl;
  const fetched = Promise.resolve(deps.after)
    .catch(() => undefined)
    .then(() =>
      url
        ? prefetchEngine(url, (f) => deps.onProgress('loading', f * STAGE_SHARE.download))
        : undefined,
    )
    .then(
      () => {
        downloaded = true;
        if (!started) deps.onProgress('standby', STAGE_SHARE.download);
      },
      // A failed prefetch is not final: the import below asks the network (or a cache) again.
      (error: unknown) => console.warn('Game engine prefetch failed', error),
    );
  let controller: Promise<StageController | null> | null = null;
  const run = async (): Promise<StageController | null> => {
    started = true;
    // Leave standby at once (the page can tell a start is under way); a download in flight goes on reporting.
    if (downloaded) deps.onProgress('starting', STAGE_SHARE.download);
    try {
      await fetched;
      await whenIdle(500);
      deps.onProgress('starting', STAGE_SHARE.download);
      return await startEngine(parent, {
        reducedMotion: deps.reducedMotion,
        topInset: deps.topInset,
        onProgress: (f) =>
          deps.onProgress(
            'preparing',
            STAGE_SHARE.download + STAGE_SHARE.evaluate + f * STAGE_SHARE.art,
          ),
        onReady: () => {
          deps.onProgress('ready', 1);
          deps.onReady();
        },
      });
    } catch (error) {
      console.warn('Game engine failed to start', error);
      deps.onProgress('failed', 0);
      return null;
    }
  };
  return {
    start() {
      controller ??= run();
      return controller;
    },
  };
}
