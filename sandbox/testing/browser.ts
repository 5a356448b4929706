/**
 * A fetch-driven stand-in for the system browser: follows the bridge's redirects, keeps its
 * cookies, and stops at the app's loopback callback without calling it (nobody listens there).
 */
import { CookieJar } from './cookieJar';
import { parseForms } from './htmlForms';

export interface Page {
  url: URL;
  status: number;
  html: string;
}

export type Navigation = { kind: 'page'; page: Page } | { kind: 'callback'; url: URL };

const MAX_REDIRECTS = 20;

export class HeadlessBrowser {
  readonly jar = new CookieJar();

  /**
   * `elsewhere`: other origins the browser may visit on the way, each with its own fetch (the
   * CNS endpoint, reached over TLS with a client certificate: see cnsLogin.ts).
   */
  constructor(
    private readonly bridgeOrigin: string,
    private readonly elsewhere: ReadonlyMap<string, typeof fetch> = new Map(),
  ) {}

  async navigate(
    url: URL,
    init: { method?: 'GET' | 'POST'; form?: URLSearchParams } = {},
  ): Promise<Navigation> {
    let current = url;
    let method = init.method ?? 'GET';
    let body = init.form?.toString();
    for (let hop = 0; hop < MAX_REDIRECTS; hop += 1) {
      const fetchHere = current.origin === this.bridgeOrigin ? fetch : this.elsewhere.get(current.origin);
      if (!fetchHere) return { kind: 'callback', url: current };
      const headers: Record<string, string> = {};
      const cookie = this.jar.header(current);
      if (cookie) headers.cookie = cookie;
      if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
      const response = await fetchHere(current, { method, headers, body, redirect: 'manual' });
      this.jar.store(current, response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        current = new URL(location, current);
        method = 'GET';
        body = undefined;
        continue;
      }
      const html = await response.text();
      // oidc-provider's self-submitting pages (e.g. ending the previous session when another
      // identity logs in): a browser runs their one-line script, so submit as it would.
      const autoSubmitted = /document\.forms\[0\]\.submit\(\)/.test(html) ? parseForms(html)[0] : undefined;
      if (response.status === 200 && autoSubmitted) {
        current = new URL(autoSubmitted.action, current);
        method = autoSubmitted.method;
        body = new URLSearchParams(autoSubmitted.hidden).toString();
        continue;
      }
      return { kind: 'page', page: { url: current, status: response.status, html } };
    }
    throw new Error('Troppi reindirizzamenti durante l’accesso');
  }
}
