import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webRoutes, type CallResult } from '../../../../shared/contract';
import type { ExternalSandbox } from '../../common/endpointResolver';
import { composeWebServices } from '../composeWebServices';
import type { OneTimeFiles } from '../oneTimeFiles';
import { startWebHost, type WebHost } from '../webHost';

/** What a contract call answers over HTTP, as a test reads it. */
export interface Envelope<V = unknown> {
  ok: boolean;
  value?: V;
  error?: { code: string; message?: string; issues?: Array<{ path: string; message: string }> };
}

export interface TestWebHost {
  host: WebHost;
  /** The temp data folder, with a stub renderer in `renderer/`. */
  dir: string;
  /** Posts a contract call with the session key, as the renderer does. */
  call<V = unknown>(name: string, input: unknown): Promise<Envelope<V>>;
  /** The one-time downloads the services registered. */
  files: OneTimeFiles;
  close(): Promise<void>;
}

/** A call as the host handed it to the services: what a test watches of main's side. */
export interface Dispatched {
  name: unknown;
  /** The host's cancel signal for the call. */
  cancel: AbortSignal | undefined;
  answer: Promise<CallResult<unknown>>;
}

export interface TestWebHostOptions {
  /** A sandbox of the test's own instead of the embedded one. */
  externalSandbox?: ExternalSandbox;
  /** Told of every call the host dispatches. */
  onDispatch?: (dispatched: Dispatched) => void;
}

/** The real web host and services on a temp data folder, as the hosts' tests start them. */
export async function startTestWebHost(
  prefix: string,
  version = '9.9.9',
  /** A data folder to share with another host; the temp folder by default. */
  dataDir?: string,
  options: TestWebHostOptions = {},
): Promise<TestWebHost> {
  const dir = mkdtempSync(join(tmpdir(), `cassetto-${prefix}-`));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Cassetto Enti</title>');
  const services = composeWebServices({
    dataDir: dataDir ?? dir,
    version,
    ...(options.externalSandbox ? { externalSandbox: options.externalSandbox } : {}),
  });
  const { onDispatch } = options;
  const host = await startWebHost({
    rendererDir: join(dir, 'renderer'),
    dispatch: onDispatch
      ? (name, input, context, cancel) => {
          const answer = services.dispatch(name, input, context, cancel);
          onDispatch({ name, cancel, answer });
          return answer;
        }
      : services.dispatch,
    events: services.events,
    files: services.files,
    context: {},
  });
  return {
    host,
    dir,
    files: services.files,
    call: async <V>(name: string, input: unknown) =>
      (await (
        await fetch(`${host.origin}${webRoutes.callPrefix}${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [webRoutes.tokenHeader]: host.secret },
          body: JSON.stringify(input),
        })
      ).json()) as Envelope<V>,
    close: async () => {
      await host.close();
      await services.stop();
    },
  };
}
