// Registers the service worker that precaches the whole game (so it plays offline) and reports a waiting update instead of applying it.
/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { findApi } from './scorm/api';

export interface UpdateHooks {
  /** A newer version is installed and waits: it applies at the next start, or now through `apply`. */
  onUpdateReady(apply: () => Promise<void>): void;
}

/**
 * The worker never calls skipWaiting on its own (registerType "prompt"): a game in progress keeps the
 * files it started with, and the new version takes over when every tab of the game has closed.
 */
export function registerUpdates(hooks: UpdateHooks): void {
  if (!import.meta.env.PROD || typeof navigator !== 'object' || !('serviceWorker' in navigator))
    return;
  // Inside an LMS the LMS serves the files: the SCORM zips ship no worker, and none is registered.
  if (findApi(window)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => hooks.onUpdateReady(() => update(true)),
    onRegisterError: (error: unknown) => console.warn('Offline mode is unavailable', error),
  });
}
