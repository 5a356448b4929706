import { protocol, type Session } from 'electron';
import { readRendererAsset, securityHeaders } from '../common/rendererAssets';
import { APP_HOST, APP_SCHEME } from './windowPolicy';

/** Must run before the app is ready: app:// behaves as a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://cassetto with the same CSP as the web host, never file://. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const asset = url.host === APP_HOST ? await readRendererAsset(rendererDir, url.pathname) : null;
    if (!asset) return new Response('Non trovato', { status: 404, headers: securityHeaders });
    return new Response(new Uint8Array(asset.body), {
      headers: { ...securityHeaders, 'Content-Type': asset.contentType, 'Cache-Control': asset.cacheControl },
    });
  });
}
