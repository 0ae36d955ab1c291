// What every bus offers: listeners subscribe and unsubscribe; the bus hands
// each one every message it hears, in order. A listener that throws is
// logged and does not stop the others.
import type { BusMessage } from "./folio-event";

export type BusListener = (message: BusMessage) => void;

export interface EventBus {
  /** Resolves once the bus listens (events committed after that are heard). */
  readonly ready: Promise<void>;
  /** Adds a listener; the function returned removes it (calling it twice is harmless). */
  subscribe(listener: BusListener): () => void;
  /** Listeners subscribed now. */
  listenerCount(): number;
  /** Stops listening and forgets every listener. */
  close(): Promise<void>;
}

/** The listener set a bus delivers through. */
export interface Fanout {
  subscribe(listener: BusListener): () => void;
  emit(message: BusMessage): void;
  count(): number;
  clear(): void;
}

export function createFanout(
  log: (line: string) => void = console.error,
): Fanout {
  const listeners = new Set<BusListener>();
  return {
    subscribe(listener) {
      // A wrapper per subscription: the same function subscribed twice is two subscriptions.
      const entry: BusListener = (m) => listener(m);
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    emit(message) {
      for (const listener of [...listeners]) {
        try {
          listener(message);
        } catch (e) {
          log(`[events] a listener failed: ${(e as Error).message}`);
        }
      }
    },
    count: () => listeners.size,
    clear: () => listeners.clear(),
  };
}
