// Names a player who has no name yet after the nickname typed at the setup screen.
import type { Persistence } from '../services/save/contract';
import { cleanNickname } from '../sim';
import type { Store } from './store';

/**
 * A student who types a nickname at setup expects to find it in the Players panel, not "Player 1".
 * A name the player already has is kept: the nickname is then only this game's.
 */
export function connectPlayerName(
  store: Store,
  persistence: Pick<Persistence, 'active' | 'rename'>,
  onRenamed: () => void = () => undefined,
): () => void {
  return store.subscribe(({ action }) => {
    if (action?.type !== 'game/start') return;
    const nickname = cleanNickname(action.nickname);
    const player = persistence.active();
    if (!nickname || player.name) return;
    void persistence.rename(player.id, nickname).then((result) => {
      if (result.ok) onRenamed();
    });
  });
}
