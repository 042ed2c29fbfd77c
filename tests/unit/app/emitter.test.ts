// The app's typed emitter: every listener of a change hears it once, in order, and can stop listening.
import { describe, expect, it } from 'vitest';
import { createEmitter } from '../../../src/app/emitter';

describe('app emitter', () => {
  it('tells each listener of that change, in order, until it unsubscribes', () => {
    const events = createEmitter<{ language: string; player: string }>();
    const heard: string[] = [];
    const stop = events.on('language', (lng) => heard.push(`a:${lng}`));
    events.on('language', (lng) => heard.push(`b:${lng}`));
    events.on('player', (id) => heard.push(`player:${id}`));
    events.emit('language', 'fr');
    stop();
    events.emit('language', 'en');
    events.emit('player', 'p-1');
    expect(heard).toEqual(['a:fr', 'b:fr', 'b:en', 'player:p-1']);
  });
});
