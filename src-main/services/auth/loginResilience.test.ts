/**
 * The login when things do not go as planned: no browser, busy or refused ports, no answer,
 * a bridge without SPID levels, a bridge that refuses revocation (issues 18 and 20).
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../shared/contract';
import { authorizeHeadless, freePorts, startTempSandbox, type TempSandbox } from '../../../sandbox/testing';
import type { BridgeQuirks } from '../../../sandbox';
import type { AuthServiceOptions } from './authService';
import { authServiceFor } from './authServiceFor.test-support';
import {
  ACR_MANCANTE_MESSAGE,
  BROWSER_NOT_OPENED,
  SESSION_MAY_REMAIN,
  noAnswerMessage,
  portsBusyMessage,
} from './loginMessages';

const sandboxes: TempSandbox[] = [];
afterAll(() => Promise.all(sandboxes.map((sandbox) => sandbox.dispose())));

async function sandboxWith(quirks?: BridgeQuirks): Promise<TempSandbox> {
  const sandbox = await startTempSandbox(undefined, quirks ? { bridgeQuirks: quirks } : {});
  sandboxes.push(sandbox);
  return sandbox;
}

function serviceOn(sandbox: TempSandbox, overrides: Partial<AuthServiceOptions> = {}) {
  return authServiceFor(sandbox, overrides);
}

async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

const redirectUriOf = (authorizationUrl: string) =>
  new URL(new URL(authorizationUrl).searchParams.get('redirect_uri') ?? '');

const settled = (seen: AuthStatus[]) =>
  expect.poll(() => seen.at(-1)?.state, { timeout: 10_000 }).not.toBe('signing-in');

const refusesConnections = (url: URL) =>
  expect(fetch(url, { signal: AbortSignal.timeout(5_000) })).rejects.toMatchObject({
    cause: { code: 'ECONNREFUSED' },
  });

let plain: TempSandbox;
beforeAll(async () => {
  plain = await sandboxWith();
});

describe('login when the system browser does not open', () => {
  it('keeps the attempt with its address and a clear message; Annulla frees the port at once', async () => {
    const { auth, seen } = serviceOn(plain, {
      openExternal: () => Promise.reject(new Error('xdg-open non trovato')),
    });
    const started = await auth.login();
    expect(started).toEqual({
      authorizationUrl: started.authorizationUrl,
      openedBySystem: false,
      browserError: BROWSER_NOT_OPENED,
    });
    expect(auth.status()).toEqual({ state: 'signing-in', authorizationUrl: started.authorizationUrl });
    const redirectUri = redirectUriOf(started.authorizationUrl);

    expect(await auth.cancel()).toEqual({ state: 'signed-out' });
    await refusesConnections(redirectUri);
    expect(seen.at(-1)).toEqual({ state: 'signed-out' });
    auth.dispose();
  });

  it('the copied address still completes the login', async () => {
    const { auth, seen } = serviceOn(plain, { openExternal: () => Promise.reject(new Error('no browser')) });
    const { authorizationUrl } = await auth.login();
    const callback = await authorizeHeadless(new URL(authorizationUrl), {
      persona: 'delegato-comune',
      method: 'spid',
      level: 2,
    });
    await fetch(callback);
    await settled(seen);
    expect(auth.status().state).toBe('signed-in');
    auth.dispose();
  });
});

describe('loopback ports of Impostazioni', () => {
  it('uses the first free port of the list', async () => {
    const [busy, free] = await freePorts(2);
    const blocker = await occupy(busy!);
    try {
      const { auth } = serviceOn(plain, {
        loginSettings: () => ({ ports: [busy!, free!], timeoutMs: 60_000 }),
      });
      const { authorizationUrl } = await auth.login();
      expect(redirectUriOf(authorizationUrl).href).toBe(`http://127.0.0.1:${free}/callback`);
      await auth.cancel();
      auth.dispose();
    } finally {
      blocker.close();
    }
  });

  it('says which ports are busy when all of them are', async () => {
    const [port] = await freePorts(1);
    const blocker = await occupy(port!);
    try {
      const { auth } = serviceOn(plain, { loginSettings: () => ({ ports: [port!], timeoutMs: 60_000 }) });
      await expect(auth.login()).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message: portsBusyMessage([port!]),
      });
      expect(auth.status()).toEqual({ state: 'signed-out' });
    } finally {
      blocker.close();
    }
  });

  it('a bridge that accepts one exact port: refused at once on another, completed on the listed one', async () => {
    const [registered] = await freePorts(1);
    const exact = await sandboxWith({ exactRedirectPorts: [registered!] });

    const wrong = serviceOn(exact);
    const refusal = rejectionOf(wrong.auth.login());
    await expect(refusal).resolves.toMatchObject({ code: 'UNAVAILABLE' });
    const message = ((await refusal) as Error).message;
    expect(message).toContain('ha rifiutato la richiesta di accesso (HTTP 400)');
    expect(message).toContain('Impostazioni › Accesso');

    const right = serviceOn(exact, { loginSettings: () => ({ ports: [registered!], timeoutMs: 60_000 }) });
    const { authorizationUrl } = await right.auth.login();
    const callback = await authorizeHeadless(new URL(authorizationUrl), {
      persona: 'comando',
      method: 'cie',
    });
    expect(callback.port).toBe(String(registered));
    await fetch(callback);
    await settled(right.seen);
    expect(right.auth.status().state).toBe('signed-in');
    right.auth.dispose();
  });

  it('ends a login nobody completes within the time limit, saying where to look', async () => {
    const { auth, seen } = serviceOn(plain, { loginSettings: () => ({ ports: [], timeoutMs: 300 }) });
    const { authorizationUrl } = await auth.login();
    await settled(seen);
    expect(seen.at(-1)).toEqual({ state: 'signed-out', reason: noAnswerMessage(1) });
    await refusesConnections(redirectUriOf(authorizationUrl));
  });
});

describe('a bridge without SPID levels', () => {
  it('refuses the login saying the bridge did not report the level, and Impostazioni warns', async () => {
    const noAcr = await sandboxWith({ noAcr: true });
    const { auth, seen } = serviceOn(noAcr);
    expect(await auth.bridgeCheck()).toEqual({
      warnings: [expect.stringContaining('acr_values_supported')],
    });
    expect(await serviceOn(plain).auth.bridgeCheck()).toEqual({ warnings: [] });

    const { authorizationUrl } = await auth.login();
    const callback = await authorizeHeadless(new URL(authorizationUrl), {
      persona: 'delegato-comune',
      method: 'spid',
      level: 3,
    });
    const page = await (await fetch(callback)).text();
    expect(page).toContain('non ha comunicato il livello di autenticazione');
    await settled(seen);
    expect(seen.at(-1)).toEqual({ state: 'signed-out', reason: ACR_MANCANTE_MESSAGE });
  });
});

describe('a bridge that refuses revocation to a public client', () => {
  it('logout says the bridge session may still be open, offers its logout page, and logs', async () => {
    const refusing = await sandboxWith({ refusePublicRevocation: true });
    const opened: string[] = [];
    const { auth, seen, logged } = serviceOn(refusing, {
      openExternal: async (url) => void opened.push(url),
    });
    const { authorizationUrl } = await auth.login();
    const callback = await authorizeHeadless(new URL(authorizationUrl), {
      persona: 'comando',
      method: 'cie',
    });
    await fetch(callback);
    await settled(seen);
    expect(auth.status().state).toBe('signed-in');

    const result = await auth.logout();
    expect(result.openedBySystem).toBe(true);
    expect(opened.at(-1)).toBe(result.endSessionUrl);
    expect(auth.status()).toEqual({
      state: 'signed-out',
      warning: SESSION_MAY_REMAIN,
      endSessionUrl: result.endSessionUrl,
    });
    expect(logged).toContain('Revoca del token rifiutata dal bridge');
  });

  it('a clean logout stays clean on a bridge that revokes', async () => {
    const { auth, seen } = serviceOn(plain);
    const { authorizationUrl } = await auth.login();
    await fetch(await authorizeHeadless(new URL(authorizationUrl), { persona: 'comando', method: 'cie' }));
    await settled(seen);
    await auth.logout();
    expect(auth.status()).toEqual({ state: 'signed-out' });
  });
});

/** The error a login rejects with, as a value. */
function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('login accepted'),
    (error: unknown) => error,
  );
}

describe('a second click on Accedi with one fixed port', () => {
  it('reuses the port: the earlier attempt lets it go first', async () => {
    const [port] = await freePorts(1);
    const { auth } = serviceOn(plain, { loginSettings: () => ({ ports: [port!], timeoutMs: 60_000 }) });
    await auth.login();
    const { authorizationUrl } = await auth.login();
    expect(redirectUriOf(authorizationUrl).port).toBe(String(port));
    await auth.cancel();
    auth.dispose();
  });
});
