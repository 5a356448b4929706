import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoutes } from '../../../shared/contract';

/**
 * The web host holds the session in memory: an error that escapes every handler must be logged,
 * and the process must keep answering (issue 13, point 3).
 */
const child = new URL('./safetyNet.child.ts', import.meta.url).pathname;
let process_: ChildProcess;
let origin = '';
let secret = '';
let stderr = '';

beforeAll(async () => {
  process_ = spawn(process.execPath, ['--import', 'tsx', child], { stdio: ['ignore', 'pipe', 'pipe'] });
  process_.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    process_.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) return;
      ({ origin, secret } = JSON.parse(line) as { origin: string; secret: string });
      resolve();
    });
    process_.on('exit', (code) => reject(new Error(`uscito con ${code}: ${stderr}`)));
  });
}, 30_000);
afterAll(() => {
  process_.kill();
});

const call = (name: string) =>
  fetch(`${origin}${webRoutes.callPrefix}${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [webRoutes.tokenHeader]: secret },
    body: '{}',
  });
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('web host process safety net', () => {
  it('logs a stray rejection and a throw in a timer, and keeps answering', async () => {
    expect((await call('stray.rejection')).status).toBe(200);
    await settle();
    expect((await call('stray.throw')).status).toBe(200);
    await settle();
    expect(await (await call('ancora.vivo')).json()).toEqual({ ok: true, value: 'ancora.vivo' });
    expect(process_.exitCode).toBeNull();
    expect(stderr).toContain('promessa rifiutata non gestita');
    expect(stderr).toContain('eccezione non gestita');
  });
});
