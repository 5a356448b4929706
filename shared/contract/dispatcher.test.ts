import { describe, expect, it } from 'vitest';
import { defaultSettings } from './settings';
import { createDispatcher, type CallHandlers } from './dispatcher';
import { ContractError } from './result';

const info = { productName: 'Cassetto Enti', version: '1.0.0', mode: 'sandbox', host: 'web' } as const;

const notHere = () => {
  throw new ContractError('UNAVAILABLE', 'non in questo test');
};
const delegheStubs = {
  'deleghe.pdf': notHere,
  'deleghe.list': notHere,
  'deleghe.submit': notHere,
  'deleghe.activate': notHere,
  'deleghe.resendOtp': notHere,
  'deleghe.revoke': notHere,
  'deleghe.attach': notHere,
  'abilitazioni.list': notHere,
  'abilitazioni.grant': notHere,
  'abilitazioni.revoke': notHere,
} satisfies Partial<CallHandlers<null>>;
const unavailable = () => {
  throw new ContractError('UNAVAILABLE', 'no');
};
const unused = () => {
  throw new ContractError('UNAVAILABLE', 'non usata in questo test');
};
const quesitiStubs = {
  'quesiti.stage': unused,
  'quesiti.unstage': unused,
  'quesiti.send': unused,
  'quesiti.list': unused,
  'quesiti.detail': unused,
  'agenda.slots': unused,
  'agenda.book': unused,
  'agenda.cancel': unused,
  'feedback.send': unused,
} satisfies Partial<CallHandlers<null>>;

function dispatcherWith(overrides: Partial<CallHandlers<null>> = {}) {
  const unexpected: unknown[] = [];
  const dispatch = createDispatcher<null>(
    // Features' calls this test does not exercise are left out (hence the cast).
    {
      'app.info': () => info,
      'settings.get': () => defaultSettings,
      'settings.set': (input) => input,
      'auth.status': () => ({ state: 'signed-out' }),
      'auth.login': () => ({ authorizationUrl: 'http://127.0.0.1/authorize', openedBySystem: false }),
      'auth.cancel': () => ({ state: 'signed-out' }),
      'auth.logout': () => ({ endSessionUrl: null, openedBySystem: false }),
      'ricerca.list': () => [],
      'posizione.select': () => {
        throw new ContractError('NOT_FOUND', 'no');
      },
      ...delegheStubs,
      'sezione.query': unavailable,
      'sezione.export': unavailable,
      'fascicolo.print': unavailable,
      'noteDebito.contest': unavailable,
      'tracciati.list': unavailable,
      'tracciati.send': unavailable,
      ...quesitiStubs,
      ...overrides,
    } as CallHandlers<null>,
    (_name, error) => unexpected.push(error),
  );
  return { dispatch, unexpected };
}

describe('dispatcher', () => {
  it('answers a valid call with its value', async () => {
    const { dispatch } = dispatcherWith();
    expect(await dispatch('app.info', {}, null)).toEqual({ ok: true, value: info });
  });

  it('refuses an unknown call name, including names inherited from Object.prototype', async () => {
    const { dispatch } = dispatcherWith();
    for (const name of ['nope', 'toString', '__proto__', 42]) {
      const result = await dispatch(name, {}, null);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    }
  });

  it('turns input that fails its schema into a typed error that names the field', async () => {
    const { dispatch } = dispatcherWith();
    const result = await dispatch(
      'settings.set',
      { ...defaultSettings, cassettoApiBaseUrl: 'ftp://x' },
      null,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues).toEqual([
      { path: 'cassettoApiBaseUrl', message: 'Indicare un indirizzo https:// valido.' },
    ]);
  });

  it('refuses extra properties on calls that take no input', async () => {
    const { dispatch } = dispatcherWith();
    expect(await dispatch('app.info', { sneaky: true }, null)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('passes a ContractError through with its code and issues', async () => {
    const { dispatch } = dispatcherWith({
      'settings.set': () => {
        throw new ContractError('INVALID_INPUT', 'no', [{ path: 'officialXsdPath', message: 'manca' }]);
      },
    });
    const result = await dispatch('settings.set', defaultSettings, null);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'no',
        issues: [{ path: 'officialXsdPath', message: 'manca' }],
      },
    });
  });

  it('hides unexpected errors behind INTERNAL and reports them', async () => {
    const { dispatch, unexpected } = dispatcherWith({
      'app.info': () => {
        throw new Error('secret stack detail');
      },
    });
    const result = await dispatch('app.info', {}, null);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Errore interno imprevisto.' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(unexpected).toHaveLength(1);
  });

  it('refuses to send an output that breaks the contract', async () => {
    const { dispatch, unexpected } = dispatcherWith({
      'app.info': () => ({ ...info, mode: 'staging' }) as never,
    });
    expect(await dispatch('app.info', {}, null)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(unexpected).toHaveLength(1);
  });

  it('answers INTERNAL for a handler that throws a non-Error, synchronously or not, even if reporting fails', async () => {
    const thrown: Array<() => unknown> = [
      () => {
        throw 'una stringa';
      },
      () => Promise.reject(null),
      () => {
        throw Object.create(null);
      },
    ];
    for (const handler of thrown) {
      const dispatch = createDispatcher<null>(
        { 'app.info': handler } as unknown as CallHandlers<null>,
        () => {
          throw new Error('anche il registro è rotto');
        },
      );
      expect(await dispatch('app.info', {}, null)).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'Errore interno imprevisto.' },
      });
    }
  });
});
