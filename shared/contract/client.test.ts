import { describe, expect, it } from 'vitest';
import { createClient, CallFailed, type Transport } from './client';
import { defaultSettings } from './settings';

function fakeTransport(answer: (name: string, input: unknown) => Promise<unknown>) {
  const listeners = new Set<(name: string, payload: unknown) => void>();
  const transport: Transport = {
    invoke: answer,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { transport, push: (name: string, payload: unknown) => listeners.forEach((l) => l(name, payload)) };
}

describe('contract client', () => {
  it('reports a transport failure as UNAVAILABLE rather than throwing', async () => {
    const { transport } = fakeTransport(() => Promise.reject(new Error('connessione rifiutata')));
    const result = await createClient(transport).call('app.info', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'Servizio non raggiungibile: connessione rifiutata' },
    });
  });

  it('treats an answer that is not an envelope as INTERNAL', async () => {
    const { transport } = fakeTransport(() => Promise.resolve('<html>'));
    expect(await createClient(transport).call('app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('request() throws CallFailed carrying the typed error', async () => {
    const { transport } = fakeTransport(() =>
      Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } }),
    );
    await expect(createClient(transport).request('app.info', {})).rejects.toBeInstanceOf(CallFailed);
  });

  it('delivers only the subscribed event, only with a valid payload, until unsubscribed', () => {
    const { transport, push } = fakeTransport(() => Promise.resolve(null));
    const seen: unknown[] = [];
    const unsubscribe = createClient(transport).on('settings.changed', (payload) => seen.push(payload));
    push('other.event', defaultSettings);
    push('settings.changed', { environment: 'mars' });
    push('settings.changed', defaultSettings);
    unsubscribe();
    push('settings.changed', defaultSettings);
    expect(seen).toEqual([defaultSettings]);
  });
});
