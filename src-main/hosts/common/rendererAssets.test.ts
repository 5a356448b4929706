import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, readRendererAsset } from './rendererAssets';

function rendererFolder() {
  const parent = mkdtempSync(join(tmpdir(), 'cassetto-renderer-'));
  const root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.txt'), 'segreto');
  return root;
}

describe('renderer assets', () => {
  it('serves files of the build with their type, fingerprinted ones as immutable', async () => {
    const asset = await readRendererAsset(rendererFolder(), '/assets/index-abc.js');
    expect(asset?.contentType).toBe('text/javascript; charset=utf-8');
    expect(asset?.cacheControl).toContain('immutable');
  });

  it('answers app routes with index.html, never cached', async () => {
    const asset = await readRendererAsset(rendererFolder(), '/impostazioni');
    expect(asset?.body.toString()).toBe('<!doctype html>');
    expect(asset?.cacheControl).toBe('no-store');
  });

  it('never reads outside the renderer folder', async () => {
    const root = rendererFolder();
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00.js',
      '/%E0%A4%A',
    ]) {
      expect(await readRendererAsset(root, path)).toBeNull();
    }
  });

  it('has a meta CSP in index.html equal to the header, but for frame-ancestors', () => {
    const html = readFileSync(new URL('../../../src-renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const header = contentSecurityPolicy
      .split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .sort();
    expect(meta?.split('; ').sort()).toEqual(header);
    expect(contentSecurityPolicy).not.toContain('unsafe');
  });
});
