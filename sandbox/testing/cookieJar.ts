/**
 * Just enough of a browser's cookie store to drive the bridge with fetch: one host (loopback),
 * path scoping (oidc-provider scopes its interaction cookies by path), expiry.
 */
interface StoredCookie {
  name: string;
  value: string;
  path: string;
  expiresAt: number | undefined;
}

function parseSetCookie(header: string, requestPath: string): StoredCookie | undefined {
  const [pair, ...attributes] = header.split(';');
  if (!pair) return undefined;
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const cookie: StoredCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    path: requestPath.slice(0, requestPath.lastIndexOf('/') + 1) || '/',
    expiresAt: undefined,
  };
  for (const attribute of attributes) {
    const [rawKey, ...rest] = attribute.split('=');
    const key = (rawKey ?? '').trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'path' && value.startsWith('/')) cookie.path = value;
    if (key === 'max-age') cookie.expiresAt = Date.now() + Number(value) * 1000;
    if (key === 'expires' && cookie.expiresAt === undefined) cookie.expiresAt = Date.parse(value);
  }
  return cookie;
}

function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

export class CookieJar {
  private cookies: StoredCookie[] = [];

  store(url: URL, response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(header, url.pathname);
      if (!cookie) continue;
      this.cookies = this.cookies.filter(
        (existing) => existing.name !== cookie.name || existing.path !== cookie.path,
      );
      if (cookie.expiresAt === undefined || cookie.expiresAt > Date.now()) this.cookies.push(cookie);
    }
  }

  header(url: URL): string | undefined {
    const now = Date.now();
    const matching = this.cookies
      .filter(
        (cookie) =>
          (cookie.expiresAt === undefined || cookie.expiresAt > now) &&
          pathMatches(cookie.path, url.pathname),
      )
      // Longer paths first, as browsers send them.
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length === 0
      ? undefined
      : matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }
}
