import { describe, expect, it } from 'vitest';
import { appCalls } from './calls/appCalls';
import { createClient, transportOfPreload } from './client';
import { dispatcherFor } from './dispatcherFor.test-support';
import type { HandlersFor } from './dispatcher';
import type { PreloadApi } from './channels';
import { defaultSettings } from './settings';
import { ContractError } from './result';

const info = { productName: 'Cassetto Enti', version: '1.0.0', mode: 'sandbox', host: 'web' } as const;

/** The app group's calls, every one of them (a call added to appCalls must be added here). */
function appDispatcher(overrides: Partial<HandlersFor<typeof appCalls, Record<string, never>>> = {}) {
  return dispatcherFor(appCalls, {
    'app.info': () => info,
    'settings.get': () => defaultSettings,
    'settings.set': (input) => input,
    ...overrides,
  });
}

describe('dispatcher', () => {
  it('answers a valid call with its value', async () => {
    expect(await appDispatcher().call('app.info', {})).toEqual({ ok: true, value: info });
  });

  it('refuses an unknown call name, including names inherited from Object.prototype', async () => {
    const { raw } = appDispatcher();
    for (const name of ['nope', 'toString', '__proto__', 42]) {
      expect(await raw(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    }
  });

  it('turns input that fails its schema into a typed error that names the field', async () => {
    const result = await appDispatcher().raw('settings.set', {
      ...defaultSettings,
      cassettoApiBaseUrl: 'ftp://x',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues).toEqual([
      { path: 'cassettoApiBaseUrl', message: 'Indicare un indirizzo https:// valido.' },
    ]);
  });

  it('refuses extra properties on calls that take no input', async () => {
    expect(await appDispatcher().raw('app.info', { sneaky: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('passes a ContractError through with its code and issues', async () => {
    const { call } = appDispatcher({
      'settings.set': () => {
        throw new ContractError('INVALID_INPUT', 'no', [{ path: 'officialXsdPath', message: 'manca' }]);
      },
    });
    expect(await call('settings.set', defaultSettings)).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'no',
        issues: [{ path: 'officialXsdPath', message: 'manca' }],
      },
    });
  });

  it('hides unexpected errors behind INTERNAL and reports them', async () => {
    const { call, unexpected } = appDispatcher({
      'app.info': () => {
        throw new Error('secret stack detail');
      },
    });
    const result = await call('app.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Errore interno imprevisto.' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(unexpected).toHaveLength(1);
  });

  it('refuses to send an output that breaks the contract', async () => {
    const { call, unexpected } = appDispatcher({
      'app.info': () => ({ ...info, mode: 'staging' }) as never,
    });
    expect(await call('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(unexpected).toHaveLength(1);
  });

  it('answers INTERNAL for a handler that throws a non-Error, synchronously or not', async () => {
    const thrown = [
      () => {
        throw 'una stringa';
      },
      () => Promise.reject(null),
      () => {
        throw Object.create(null);
      },
    ];
    for (const handler of thrown) {
      expect(await appDispatcher({ 'app.info': handler }).call('app.info', {})).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'Errore interno imprevisto.' },
      });
    }
  });
});

/** A handler that waits until its call is cancelled, saying when it started and what it saw. */
function waitingForCancel() {
  let started: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (started = resolve));
  const seen: AbortSignal[] = [];
  const handler = (_input: unknown, _context: unknown, signal: AbortSignal) => {
    seen.push(signal);
    started();
    return new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(new Error('AbortError')), { once: true }),
    );
  };
  return { handler, running, seen };
}

describe('cancellation', () => {
  it("aborts the handler's signal when the caller cancels, and answers CANCELLED, not an error", async () => {
    const waiting = waitingForCancel();
    const { call, unexpected } = appDispatcher({ 'settings.set': waiting.handler });
    const controller = new AbortController();
    const answer = call('settings.set', defaultSettings, controller.signal);
    await waiting.running;
    expect(waiting.seen[0]?.aborted).toBe(false);
    controller.abort();
    expect(await answer).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: 'Operazione annullata.' },
    });
    expect(waiting.seen[0]?.aborted).toBe(true);
    expect(unexpected).toEqual([]);
  });

  it('does not start a call cancelled before it arrives', async () => {
    const waiting = waitingForCancel();
    const { call } = appDispatcher({ 'settings.set': waiting.handler });
    const controller = new AbortController();
    controller.abort();
    expect(await call('settings.set', defaultSettings, controller.signal)).toMatchObject({
      error: { code: 'CANCELLED' },
    });
    expect(waiting.seen).toEqual([]);
  });

  it('carries the renderer’s abort over the preload as a cancel message for that call only', async () => {
    const waiting = waitingForCancel();
    const { raw } = appDispatcher({ 'settings.set': waiting.handler });
    // Main's side of the IPC, as ipcBinding.ts does it: one controller per call id.
    const inMain = new Map<string, AbortController>();
    const cancelled: string[] = [];
    const preload: PreloadApi = {
      invoke(name, input, callId) {
        const controller = new AbortController();
        if (callId) inMain.set(callId, controller);
        return raw(name, input, controller.signal);
      },
      cancel(callId) {
        cancelled.push(callId);
        inMain.get(callId)?.abort();
      },
      subscribe: () => () => undefined,
    };
    const client = createClient(transportOfPreload(preload));
    const controller = new AbortController();
    const other = client.call('app.info', {}, { signal: new AbortController().signal });
    const answer = client.call('settings.set', defaultSettings, { signal: controller.signal });
    await waiting.running;
    controller.abort();
    expect(await answer).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(cancelled).toEqual(['c2']);
    expect(waiting.seen[0]?.aborted).toBe(true);
    expect(await other).toEqual({ ok: true, value: info });
  });
});
