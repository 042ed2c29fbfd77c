// A small typed event emitter for app-wide changes (language, settings, player), so the root does not fan each change out by hand.

export interface Emitter<Events> {
  on<K extends keyof Events>(type: K, listener: (value: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, value: Events[K]): void;
}

export function createEmitter<Events>(): Emitter<Events> {
  type Any = (value: unknown) => void;
  const listeners = new Map<keyof Events, Set<Any>>();
  return {
    on(type, listener) {
      const set = listeners.get(type) ?? new Set<Any>();
      set.add(listener as Any);
      listeners.set(type, set);
      return () => void set.delete(listener as Any);
    },
    emit(type, value) {
      for (const listener of [...(listeners.get(type) ?? [])]) listener(value);
    },
  };
}
