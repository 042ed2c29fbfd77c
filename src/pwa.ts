// Offline support: registers the service worker and shows the update card when a new version waits.
import './pwa.css';
import { showUpdatePrompt, type UpdatePromptDeps } from './pwa-prompt';
import { registerUpdates } from './services/updates';

export function startUpdates(deps: UpdatePromptDeps): void {
  registerUpdates({ onUpdateReady: (apply) => showUpdatePrompt(deps, apply) });
}
