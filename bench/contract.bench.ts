/** Round trip of a contract call through the web host: what every screen of the app pays. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webRoutes } from '../shared/contract';
import { composeWebServices } from '../src-main/hosts/web/composeWebServices';
import { startWebHost } from '../src-main/hosts/web/webHost';

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cassetto-bench-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  const services = composeWebServices({ dataDir: dir, version: 'bench' });
  const host = await startWebHost({
    rendererDir: join(dir, 'renderer'),
    dispatch: services.dispatch,
    events: services.events,
    context: {},
  });
  const call = () =>
    fetch(`${host.origin}${webRoutes.callPrefix}settings.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [webRoutes.tokenHeader]: host.secret },
      body: '{}',
    }).then((response) => response.json());

  for (let i = 0; i < 200; i++) await call();
  const count = 2000;
  const started = performance.now();
  for (let i = 0; i < count; i++) await call();
  const elapsed = performance.now() - started;
  console.log(
    `settings.get via web host: ${count} sequential calls in ${elapsed.toFixed(0)} ms — ${((elapsed / count) * 1000).toFixed(0)} µs per call`,
  );
  await host.close();
}
