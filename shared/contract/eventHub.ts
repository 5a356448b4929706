import type { EventName, EventPayload } from './events';

export type EventListener = (name: string, payload: unknown) => void;

/** Main-side fan-out of events to every connected renderer, whatever carries them. */
export interface EventHub {
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      for (const listener of [...listeners]) listener(name, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
