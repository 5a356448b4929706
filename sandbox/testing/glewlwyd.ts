/**
 * An independent, OpenID-certified provider for interop tests: Debian's glewlwyd (2.7), started
 * on loopback in a temporary directory and configured as a SPID/CIE bridge is configured for the
 * app: PKCE S256 required, a public client, loopback redirects registered with a fixed port. It
 * has no SPID levels (no acr) and refuses revocation to public clients, as bridges we do not
 * control may. Driven over its own HTTP APIs (admin API to configure, login API to sign in).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/sqlite';
import { freePorts } from './freePorts';

const BINARY = '/usr/bin/glewlwyd';
const SCHEMA = '/usr/share/dbconfig-common/data/glewlwyd/install/sqlite3';
const PLUGIN_DIR = '/usr/lib/glewlwyd';

export const glewlwydInstalled = (): boolean => existsSync(BINARY) && existsSync(SCHEMA);

export const GLEWLWYD_CLIENT_ID = 'cassetto-enti-desktop';
export const GLEWLWYD_USER = { username: 'mario.rossi', password: 'Prova-interop-2026' };
const SCOPES = ['openid', 'profile', 'email', 'offline_access'];

export interface Glewlwyd {
  issuer: string;
  clientId: string;
  /** The one loopback port its client accepts in a redirect URI (exact match). */
  redirectPort: number;
  /** Signs the test user in at glewlwyd and sends the authorization request: returns the callback URL. */
  authorize(authorizationUrl: string): Promise<URL>;
  /** What glewlwyd answers to a GET of a URL with the signed-in user's cookies (end_session…). */
  get(url: string): Promise<Response>;
  stop(): Promise<void>;
}

const config = (port: number, db: string) => `port=${port}
bind_address="127.0.0.1"
external_url="http://127.0.0.1:${port}"
login_url="login.html"
api_prefix="api"
allow_origin="*"
log_mode="console"
log_level="WARNING"
cookie_secure=0
cookie_same_site="empty"
session_expiration=3600
session_key="GLEWLWYD2_SESSION_ID"
admin_session_authentication="cookie"
profile_session_authentication="cookie"
allow_multiple_user_per_session=true
login_api_enabled=true
admin_scope="g_admin"
profile_scope="g_profile"
user_module_path="${PLUGIN_DIR}/user"
client_module_path="${PLUGIN_DIR}/client"
user_auth_scheme_module_path="${PLUGIN_DIR}/scheme"
plugin_module_path="${PLUGIN_DIR}/plugin"
use_secure_connection=false
# glewlwyd 2.7.5 refuses to start unless both are named, even without TLS (they need not exist).
secure_connection_key_file="/nonexistent/cert.key"
secure_connection_pem_file="/nonexistent/cert.pem"
hash_algorithm="SHA512"
database = { type = "sqlite3" path = "${db}" };
`;

/** Session cookies by name, as the API sets them (all on path /, loopback only). */
class Cookies {
  private readonly values = new Map<string, string>();
  take(response: Response): Response {
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0) this.values.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return response;
  }
  header(): string {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function call(cookies: Cookies, method: string, url: string, body?: unknown): Promise<Response> {
  const response = cookies.take(
    await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        Cookie: cookies.header(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    }),
  );
  return response;
}

async function expectOk(response: Promise<Response>, step: string): Promise<void> {
  const answer = await response;
  if (answer.status !== 200)
    throw new Error(`glewlwyd, ${step}: HTTP ${answer.status} ${await answer.text()}`);
}

async function waitUntilUp(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`glewlwyd è uscito (${child.exitCode}):\n${output()}`);
    const up = await fetch(`${base}/api/auth/scheme/`, { signal: AbortSignal.timeout(1_000) }).catch(
      () => null,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`glewlwyd non risponde:\n${output()}`);
}

export async function startGlewlwyd(): Promise<Glewlwyd> {
  const dir = await mkdtemp(join(tmpdir(), 'cassetto-glewlwyd-'));
  const db = join(dir, 'glewlwyd.db');
  const database = openDatabase(db);
  database.exec(await readFile(SCHEMA, 'utf8'));
  database.close();
  const [port = 0, redirectPort = 0] = await freePorts(2);
  await writeFile(join(dir, 'glewlwyd.conf'), config(port, db));

  let output = '';
  const child = spawn(BINARY, ['-c', join(dir, 'glewlwyd.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const base = `http://127.0.0.1:${port}`;
    const api = `${base}/api`;
    await waitUntilUp(base, child, () => output);

    // The schema's administrator, as the package installs it.
    const admin = new Cookies();
    await expectOk(call(admin, 'POST', `${api}/auth/`, { username: 'admin', password: 'password' }), 'admin');
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await expectOk(
      call(admin, 'POST', `${api}/mod/plugin/`, {
        module: 'oidc',
        name: 'oidc',
        display_name: 'Bridge SPID/CIE (interop)',
        enabled: true,
        parameters: {
          iss: `${api}/oidc`,
          'jwt-type': 'rsa',
          'jwt-key-size': '256',
          key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
          cert: publicKey.export({ type: 'spki', format: 'pem' }),
          'access-token-duration': 3600,
          'refresh-token-duration': 1209600,
          'code-duration': 600,
          'refresh-token-rolling': true,
          'allow-non-oidc': false,
          'auth-type-code-enabled': true,
          'auth-type-refresh-enabled': true,
          'auth-type-token-enabled': false,
          'auth-type-id-token-enabled': false,
          'auth-type-none-enabled': false,
          'auth-type-password-enabled': false,
          'auth-type-client-enabled': false,
          'pkce-allowed': true,
          'pkce-method-plain-allowed': false,
          'pkce-required': true,
          'introspection-revocation-allowed': true,
          'introspection-revocation-allow-target-client': true,
          'introspection-revocation-auth-scope': [],
          'session-management-allowed': true,
          'session-cookie-name': 'GLEWLWYD_OIDC_SESSION',
          'session-cookie-expiration': 3600,
          'allowed-scope': SCOPES,
          'name-claim': 'mandatory',
          'email-claim': 'mandatory',
          'jwks-show': true,
        },
      }),
      'plugin OIDC',
    );
    for (const scope of SCOPES.filter((name) => name !== 'openid')) {
      await expectOk(
        call(admin, 'POST', `${api}/scope/`, {
          name: scope,
          display_name: scope,
          description: scope,
          password_required: true,
          password_max_age: 0,
          scheme: {},
        }),
        `scope ${scope}`,
      );
    }
    await expectOk(
      call(admin, 'POST', `${api}/user/`, {
        ...GLEWLWYD_USER,
        name: 'Mario Rossi',
        email: 'mario.rossi@example.it',
        scope: SCOPES,
        enabled: true,
      }),
      'utente',
    );
    // A public client (no secret); its redirect URI is registered with one port, matched exactly.
    await expectOk(
      call(admin, 'POST', `${api}/client/`, {
        client_id: GLEWLWYD_CLIENT_ID,
        name: 'Cassetto Enti',
        scope: [],
        redirect_uri: [`http://127.0.0.1:${redirectPort}/callback`],
        authorization_type: ['code', 'refresh_token'],
        confidential: false,
        enabled: true,
      }),
      'client',
    );

    const user = new Cookies();
    let signedIn = false;
    return {
      issuer: `${api}/oidc`,
      clientId: GLEWLWYD_CLIENT_ID,
      redirectPort,
      async authorize(authorizationUrl) {
        if (!signedIn) {
          await expectOk(call(user, 'POST', `${api}/auth/`, GLEWLWYD_USER), 'accesso utente');
          signedIn = true;
        }
        // The consent page's job, through the same API.
        await expectOk(
          call(user, 'PUT', `${api}/auth/grant/${GLEWLWYD_CLIENT_ID}`, { scope: SCOPES.join(' ') }),
          'consenso',
        );
        // g_continue: what glewlwyd's login page adds once the user has signed in.
        const answer = await call(user, 'GET', `${authorizationUrl}&g_continue`);
        const location = answer.headers.get('location');
        if (answer.status !== 302 || !location)
          throw new Error(`glewlwyd, autorizzazione: HTTP ${answer.status}`);
        return new URL(location);
      },
      get: (url) => call(user, 'GET', url),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
