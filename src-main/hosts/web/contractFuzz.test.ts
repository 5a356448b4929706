/**
 * The contract under fuzzing (issue 13): every call, with inputs shaped by its schema and hostile
 * mutations of them (huge strings, wrong types, odd unicode, deep nesting, prototype keys), goes
 * through the real dispatcher and services, signed in to a real sandbox, and through the web host
 * over HTTP. No answer is ever INTERNAL, the host never falls, and every answer arrives within a
 * generous bound. Then malformed HTTP (paths, methods, headers, bodies) against the web host.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeHeadless, startTempSandbox, type TempSandbox } from '../../../sandbox/testing';
import {
  calls,
  defaultSettings,
  webRoutes,
  type CallName,
  type CallResult,
  type Dispatch,
} from '../../../shared/contract';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../../shared/domain/listapospa/xmlWriter';
import { composeWebServices } from './composeWebServices';
import { callInputs } from './fuzz/schemaArbitrary';
import { startWebHost, type WebHost } from './webHost';

/** A file's bytes as the renderer sends them to listapospa.import. */
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Generous: a bound on hanging, not a measure of speed. */
const ANSWER_WITHIN_MS = 15_000;
const RUNS_DIRECT = 12;
const RUNS_HTTP = 4;

let sandbox: TempSandbox;
let dataDir: string;
let services: ReturnType<typeof composeWebServices>;
let host: WebHost;
let dispatch: Dispatch<object>;
let posizioneId = '';
const unexpected: unknown[] = [];

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Nessuna risposta in ${ANSWER_WITHIN_MS} ms: ${what}`)),
      ANSWER_WITHIN_MS,
    );
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

beforeAll(async () => {
  sandbox = await startTempSandbox();
  dataDir = await mkdtemp(join(tmpdir(), 'cassetto-fuzz-'));
  services = composeWebServices({
    dataDir,
    version: '0.0.0-fuzz',
    externalSandbox: { issuer: sandbox.issuer, apiBaseUrl: sandbox.apiBaseUrl },
  });
  dispatch = services.dispatch as Dispatch<object>;
  host = await startWebHost({
    rendererDir: dataDir,
    dispatch,
    events: services.events,
    context: {},
    onUnexpected: (error) => unexpected.push(error),
  });
  // Signed in, so the calls reach the services' real paths and the sandbox's API.
  const login = (await dispatch('auth.login', {}, {})) as CallResult<{ authorizationUrl: string }>;
  if (!login.ok) throw new Error(login.error.message);
  const callback = await authorizeHeadless(new URL(login.value.authorizationUrl), {
    persona: 'intermediario',
    method: 'spid',
    level: 2,
  });
  await (await fetch(callback)).text();
  for (let tries = 0; ; tries += 1) {
    const status = (await dispatch('auth.status', {}, {})) as CallResult<{ state: string }>;
    if (status.ok && status.value.state === 'signed-in') break;
    if (tries > 150) throw new Error(`Accesso non riuscito: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const ricerca = (await dispatch('ricerca.list', {}, {})) as CallResult<Array<{ id: string }>>;
  if (!ricerca.ok || !ricerca.value[0]) throw new Error('La Ricerca non ha dato posizioni.');
  posizioneId = ricerca.value[0].id;
}, 60_000);

afterAll(async () => {
  await host?.close();
  await services?.stop();
  await sandbox?.dispose();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Inputs known to pass the schema, so that mutations of them reach deep into the services. */
const goodInputs = (): Partial<Record<CallName, unknown[]>> => {
  const delegaRequest = JSON.parse(
    readFileSync(new URL('../../../e2e/fixtures/delega-request.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const { numeroRichiesta: _numero, ...request } = delegaRequest;
  const key = { posizioneId, annoMese: '2026-01' };
  const ref = { posizioneId, quesitoId: 'q-1' };
  return {
    'settings.set': [defaultSettings],
    'posizione.select': [{ id: posizioneId }],
    'deleghe.pdf': [{ request }],
    'deleghe.submit': [{ request }],
    'deleghe.activate': [{ numero: 'DLG-2026-000001', otp: '12345678', dichiarazioneFirma: true }],
    'deleghe.attach': [
      { numero: 'DLG-2026-000001', kind: 'delega_firmata', fileName: 'a.pdf', base64: 'JVBERi0=' },
    ],
    'abilitazioni.grant': [{ codiceFiscale: 'RMNFNC75B49H223F', posizioneId, ruolo: 'subdelegato' }],
    'sezione.query': [
      { posizioneId, sezione: 'versamenti', view: { filters: {}, sort: null }, offset: 0, limit: 20 },
    ],
    'sezione.export': [
      { posizioneId, sezione: 'versamenti', format: 'csv', view: { filters: {}, sort: null } },
    ],
    'fascicolo.print': [{ posizioneId }],
    'tracciati.list': [{ posizioneId }],
    'tracciati.send': [{ posizioneId, nomeFile: 'a.txt', contenutoBase64: 'QUJD' }],
    'quesiti.stage': [{ nome: 'a.pdf', contenutoBase64: 'JVBERi0=' }],
    'quesiti.detail': [ref],
    'agenda.slots': [ref],
    'agenda.book': [{ ...ref, slotId: '2026-12-01T09:00:00.000Z' }],
    'feedback.send': [{ servizio: 'quesiti', voto: 4, commento: 'bene' }],
    'scadenzario.markDone': [{ id: `f24ep:${posizioneId}:2026-01`, fatta: true }],
    'scadenzario.exportIcs': [{ posizioneId, kinds: ['f24ep'], includiFatte: true }],
    'listapospa.drafts.create': [
      { ...key, from: 'vuota', cfAzienda: '02246800342', ragSocAzienda: 'ASL', prgAzienda: '00001' },
    ],
    'listapospa.drafts.save': [{ posizioneId, revision: 1, denuncia: sampleDenuncia(1) }],
    'listapospa.validate': [key],
    'listapospa.export': [key],
    'listapospa.import': [
      { posizioneId, contenutoBase64: base64(writeDenuncia(sampleDenuncia(1, '2026-02'))), overwrite: true },
    ],
    'listapospa.rates.set': [{ kind: 'TFS', codGestione: '2', totale: '9.6' }],
  };
};

// Calls that end or change the session, or where the app points, run last.
const LAST: readonly CallName[] = ['settings.set', 'auth.cancel', 'auth.logout', 'auth.login'];
const callNames = [...(Object.keys(calls) as CallName[]).filter((name) => !LAST.includes(name)), ...LAST];

function expectTypedAnswer(answer: unknown, name: string, input: unknown): void {
  const result = answer as CallResult<unknown>;
  const context = `${name} ${JSON.stringify(input)?.slice(0, 300)}`;
  expect(typeof result.ok, context).toBe('boolean');
  if (!result.ok) {
    expect(result.error.code, `${context} → ${result.error.message}`).not.toBe('INTERNAL');
    expect(typeof result.error.message).toBe('string');
  }
}

function post(path: string, body: string, headers: Record<string, string> = {}, method = 'POST') {
  const { port, host: hostHeader } = new URL(host.origin);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          host: hostHeader,
          'content-type': 'application/json',
          [webRoutes.tokenHeader]: host.secret,
          ...headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('contract fuzzing', () => {
  const good = goodInputs();

  it.each(callNames)('%s: the dispatcher answers every input, typed and in time', async (name) => {
    await fc.assert(
      fc.asyncProperty(callInputs(calls[name].input, good[name]), async (input) => {
        const answer = await within(dispatch(name, input, {}), name);
        expectTypedAnswer(answer, name, input);
      }),
      { numRuns: RUNS_DIRECT, endOnFailure: true },
    );
    if (name === 'settings.set') await dispatch('settings.set', defaultSettings, {});
  });

  it.each(callNames)('%s: the web host answers every input over HTTP, and stays up', async (name) => {
    await fc.assert(
      fc.asyncProperty(callInputs(calls[name].input, good[name]), async (input) => {
        const body = JSON.stringify(input) ?? 'null';
        const answer = await within(post(`${webRoutes.callPrefix}${encodeURIComponent(name)}`, body), name);
        expect(answer.status, answer.body.slice(0, 300)).not.toBe(500);
        if (answer.status === 200) expectTypedAnswer(JSON.parse(answer.body), name, input);
      }),
      { numRuns: RUNS_HTTP, endOnFailure: true },
    );
    if (name === 'settings.set') await dispatch('settings.set', defaultSettings, {});
  });

  it('survives malformed HTTP: odd paths, methods, headers and bodies', async () => {
    const oddPath = fc.oneof(
      fc.constantFrom(
        '/api/call/%E0',
        '/api/call/%',
        '/api/call/%%',
        '/api/call/%C0%AF',
        '/api/call/',
        '/api//call',
      ),
      fc
        .string({ unit: 'binary-ascii', maxLength: 60 })
        .map((tail) => `/api/call/${encodeURIComponent(tail)}`),
      fc.stringMatching(/^\/[A-Za-z0-9%._~\-/]{0,80}$/),
      fc.constant(`/api/call/${'a'.repeat(8000)}`),
    );
    const oddBody = fc.oneof(
      fc.constantFrom('', '{', 'null', '[]', '"x"', '{"__proto__":{"inquinato":true}}', '\u0000', '1e999'),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constant('['.repeat(100_000)),
      fc.constant(`${'['.repeat(5_000)}${']'.repeat(5_000)}`),
    );
    const oddHeaders = fc.oneof(
      fc.constant({}),
      fc.constant({ 'content-type': 'text/plain' }),
      fc.constant({ 'content-type': 'application/json; charset=latin1' }),
      fc.constant({ [webRoutes.tokenHeader]: 'x' }),
      fc.constant({ origin: 'null' }),
      fc.constant({ 'sec-fetch-site': 'cross-site' }),
    );
    const method = fc.constantFrom('POST', 'GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH');
    await fc.assert(
      fc.asyncProperty(oddPath, oddBody, oddHeaders, method, async (path, body, headers, verb) => {
        const answer = await within(
          post(path, verb === 'GET' || verb === 'HEAD' ? '' : body, headers, verb).catch(() => ({
            status: 0,
            body: '',
          })),
          path,
        );
        expect(answer.status, `${verb} ${path.slice(0, 100)} → ${answer.body.slice(0, 200)}`).not.toBe(500);
      }),
      { numRuns: 60, endOnFailure: true },
    );
    expect(({} as Record<string, unknown>).inquinato).toBeUndefined();
    const alive = await post(`${webRoutes.callPrefix}app.info`, '{}');
    expect(JSON.parse(alive.body)).toMatchObject({ ok: true });
    expect(unexpected).toEqual([]);
  });
});
