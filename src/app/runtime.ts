// The game's runtime, loaded in its own chunk right after the title shows: rules, question bank, store and game screens.
import { defaultContent } from '../sim';
import { createStore } from './store';

export { createGameView } from '../ui/game-view';
export { mountSetupScreen } from '../ui/screens/setup-screen';
export { defaultContent };

export function createRuntimeStore() {
  return createStore(defaultContent);
}
