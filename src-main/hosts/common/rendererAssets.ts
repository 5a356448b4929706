import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/**
 * The one Content Security Policy of the renderer, sent as a header by both hosts. No inline
 * script, no remote origin: the app shows nothing it did not ship.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface RendererAsset {
  body: Buffer;
  contentType: string;
  cacheControl: string;
}

/**
 * Reads a file of the built renderer for a URL path, never outside its folder. Paths without an
 * extension are routes of the single-page app and get index.html.
 */
export async function readRendererAsset(rendererDir: string, urlPath: string): Promise<RendererAsset | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(rendererDir);
  const wantsRoute = decoded === '/' || extname(decoded) === '';
  const target = resolve(root, '.' + (wantsRoute ? '/index.html' : decoded));
  if (target !== root && !target.startsWith(root + sep)) return null;
  try {
    const body = await readFile(target);
    const extension = extname(target);
    return {
      body,
      contentType: contentTypes[extension] ?? 'application/octet-stream',
      // Vite fingerprints everything under assets/; index.html must always be fresh.
      cacheControl: target.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-store',
    };
  } catch {
    return null;
  }
}
