import { webRoutes, type Transport } from '../../shared/contract';

const TOKEN_KEY = 'cassetto.sessionToken';

/**
 * The web host gives its per-run secret in the URL fragment (never sent over the wire); keep it
 * for this tab only and take it out of the address bar.
 */
export function takeSessionToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return storage.getItem(TOKEN_KEY);
}

type Listener = (name: string, payload: unknown) => void;

function parseEventStream(buffer: string, emit: Listener): string {
  let rest = buffer;
  let boundary = rest.indexOf('\n\n');
  while (boundary !== -1) {
    const block = rest.slice(0, boundary);
    rest = rest.slice(boundary + 2);
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice(6))
      .join('\n');
    if (data) {
      try {
        const message = JSON.parse(data) as { name: string; payload: unknown };
        emit(message.name, message.payload);
      } catch {
        // A malformed frame is skipped, the stream goes on.
      }
    }
    boundary = rest.indexOf('\n\n');
  }
  return rest;
}

/** Calls as POST, events as a Server-Sent Events stream read with fetch (so it can carry the header). */
export function createWebTransport(token: string): Transport {
  const headers = { [webRoutes.tokenHeader]: token };
  const listeners = new Set<Listener>();
  let stream: AbortController | null = null;

  const connect = async (controller: AbortController) => {
    let delay = 500;
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(webRoutes.events, {
          headers,
          signal: controller.signal,
          cache: 'no-store',
        });
        if (!response.ok || !response.body) throw new Error(String(response.status));
        delay = 500;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer = parseEventStream(buffer + value, (name, payload) =>
            listeners.forEach((listener) => listener(name, payload)),
          );
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  };

  return {
    // Aborting the request is the cancel message: the host sees the connection close unanswered.
    async invoke(name, input, signal) {
      const response = await fetch(`${webRoutes.callPrefix}${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        ...(signal ? { signal } : {}),
      });
      return response.json();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!stream) {
        stream = new AbortController();
        void connect(stream);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stream) {
          stream.abort();
          stream = null;
        }
      };
    },
  };
}

export const __test = { parseEventStream };
