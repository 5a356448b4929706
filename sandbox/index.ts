/**
 * The INPS sandbox: the SPID/CIE/CNS OIDC bridge (with the CNS's HTTPS endpoint) and the
 * Cassetto API, each on its own loopback port, in one process, with their state in `dataDir` (SQLite archive, bridge keys).
 */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAuthenticator } from './api/authenticate';
import { createApiHandler } from './api/server';
import { CLIENT_ID } from './bridge/client';
import { createInteractionHandler } from './bridge/interactions';
import { loadOrCreateBridgeKeys } from './bridge/keys';
import { createBridgeProvider } from './bridge/provider';
import { answeredByQuirk, type BridgeQuirks } from './bridge/quirks';
import { close, listen } from './http/listen';
import { PERSONAE, personaByKey } from './seed/personae';
import type { Persona, PersonaKey } from './seed/personae';
import { createDelegheDesk } from './deleghe/delegheDesk';
import type { Mailbox } from './mail/mailbox';
import { createMailSender } from './mail/mailSender';
import type { MailSender } from './mail/mailSender';
import { startSmtpServer } from './mail/smtpServer';
import { DEFAULT_ALLEGATO_LIMITS, DEFAULT_SOGLIA_GIORNI_LAVORATIVI } from '../shared/domain/quesiti';
import { createBackofficeHandler } from './quesiti/backoffice';
import { createMailboxRoute } from './mail/mailboxRoute';
import { ownHostsOf } from './http/operatorGuard';
import { createMailingNotifier } from './quesiti/mailingNotifier';
import { createRecordingNotifier, type QuesitoNotifier } from './quesiti/notifier';
import { QuesitiStore } from './quesiti/quesitiStore';
import { openStore } from './store/openStore';
import { createCnsHandler } from './cns/cnsEndpoint';
import { loadOrCreateCnsPki } from './cns/testPki';
import type { CnsCard } from './cns/testPki';

export { CLIENT_ID } from './bridge/client';
export { parseBridgeQuirks, type BridgeQuirks } from './bridge/quirks';
export { PERSONAE, PERSONA_KEYS, personaByKey } from './seed/personae';
export type { Persona, PersonaKey } from './seed/personae';
export { POSIZIONI, POSIZIONE_KEYS, posizioneId } from './seed/enti';
export type { PosizioneKey } from './seed/enti';
export { parseSeedPosizioni, seededPosizioni } from './seed/seededPosizioni';
export type { CnsCard, CnsCardKind } from './cns/testPki';

/** The CNS endpoint and the test cards a tester imports into a browser (docs/cns.md). */
export interface SandboxCns {
  /** https://127.0.0.1:PORT, the listener that asks for the client certificate. */
  origin: string;
  /** `<dataDir>/cns`: CA, CRL, PKCS#12 files. */
  dir: string;
  /** The password of every PKCS#12 file of the folder. */
  passphrase: string;
  /** The test CA (PEM): it signs the cards and the endpoint's HTTPS certificate. */
  caPath: string;
  caPem: string;
  crlPath: string;
  cards: readonly CnsCard[];
}
export { expectedRicerca } from './seed/expectations';
export type { ExpectedPosizione } from './seed/expectations';

export interface SandboxOptions {
  /** Where the archive and the bridge keys live; created if missing. */
  dataDir: string;
  /** Only loopback: the sandbox is never reachable from the network. */
  host?: '127.0.0.1';
  /** 0 (the default) picks a free port. */
  bridgePort?: number;
  apiPort?: number;
  smtpPort?: number;
  /** The HTTPS listener of the CNS login (0, the default, picks a free port). */
  cnsPort?: number;
  /** Validity of a delega's OTP (default 24 hours); tests shorten it. */
  otpTtlMs?: number;
  /** Benchmarks: give this posizione `count` generated versamenti instead of its seeded ones. */
  benchVersamenti?: { posizioneId: string; count: number };
  /**
   * The INPS's today for the terms it enforces (contestazione of a nota di debito); the real
   * clock by default, tests move it. The seeded sections are dated relative to its day in
   * Italy at start (`Sandbox.oggiSeed`): denunce up to the month before it, note di debito
   * whose terms are open, rate da pagare from it on, whatever the date.
   */
  now?: () => Date;
  /** The office's settings for quesiti: attachment size limit and answer time (working days). */
  quesiti?: { maxBytesPerFile?: number; sogliaGiorni?: number; notifier?: QuesitoNotifier };
  /** Make the bridge behave like bridges we did not write (exact-port redirects, no acr, refused revocation). */
  bridgeQuirks?: BridgeQuirks;
  /**
   * Bench and demo of the Cruscotto: `count` extra posizioni, a year of data each, reached by
   * `persona` (the intermediario by default) as intermediario (seed/seededPosizioni.ts).
   */
  seedPosizioni?: { count: number; persona?: PersonaKey };
}

export interface Sandbox {
  /** The bridge's issuer, e.g. http://127.0.0.1:41234 (discovery at /.well-known/openid-configuration). */
  issuer: string;
  /** The Cassetto API base URL without trailing slash, also the audience of its access tokens. */
  apiBaseUrl: string;
  clientId: string;
  personae: readonly Persona[];
  dataDir: string;
  /** The CNS login endpoint and its test cards. */
  cns: SandboxCns;
  /** The loopback SMTP server every e-mail and PEC of the sandbox goes through. */
  smtpPort: number;
  /** What that server received: `mailbox.find({ to, subject })`. */
  mailbox: Mailbox;
  /** Sends through that server, for features of the sandbox. */
  mail: MailSender;
  /** The INPS operator's key for the back-office (/backoffice on the API port). */
  operatorKey: string;
  /** The day (ISO, Italy) the seeded sections are dated against: `generateDenunce(p, oggiSeed)`… */
  oggiSeed: string;
  /** For tests of offline work: while false the API drops every connection, as a network outage. */
  setApiReachable(reachable: boolean): void;
  stop(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Answers 500 rather than leaving the socket hanging if a handler rejects. */
function guarded(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  label: string,
): Handler {
  return (req, res) => {
    handler(req, res).catch((error: unknown) => {
      console.error(`[sandbox ${label}]`, error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Errore interno');
    });
  };
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('La sandbox ascolta solo su 127.0.0.1');
  await mkdir(options.dataDir, { recursive: true });
  const [keys, cnsPki] = await Promise.all([
    loadOrCreateBridgeKeys(options.dataDir),
    loadOrCreateCnsPki(options.dataDir, PERSONAE),
  ]);
  const opened = openStore(
    options.dataDir,
    {
      ...(options.benchVersamenti ? { benchVersamenti: options.benchVersamenti } : {}),
      ...(options.now ? { now: options.now } : {}),
    },
    options.seedPosizioni && {
      count: options.seedPosizioni.count,
      codiceFiscale: personaByKey(options.seedPosizioni.persona ?? 'intermediario').codiceFiscale,
    },
  );

  // Both ports must be known before either part is configured: the bridge's issuer and the
  // API's audience name each other.
  const bridgeServer = createServer();
  const apiServer = createServer();
  // The CNS login asks for the card's certificate during the handshake; every answer is a page.
  const cnsServer = createHttpsServer({
    key: cnsPki.serverKeyPem,
    cert: cnsPki.serverCertPem,
    ca: [cnsPki.caPem],
    crl: [cnsPki.crlPem],
    requestCert: true,
    rejectUnauthorized: false,
  });
  const smtp = await startSmtpServer(opened.mailbox, options.smtpPort ?? 0).catch((error: unknown) => {
    opened.close();
    throw error;
  });
  const mail = createMailSender(smtp.port);
  try {
    const bridgePort = await listen(bridgeServer, host, options.bridgePort ?? 0);
    const apiPort = await listen(apiServer, host, options.apiPort ?? 0);
    const cnsPort = await listen(cnsServer, host, options.cnsPort ?? 0);
    const cnsOrigin = `https://${host}:${cnsPort}`;
    const issuer = `http://${host}:${bridgePort}`;
    const apiBaseUrl = `http://${host}:${apiPort}`;

    const provider = createBridgeProvider({
      issuer,
      apiBaseUrl,
      keys,
      personae: PERSONAE,
      onGrantRevoked: (grantId) => opened.store.recordRevokedGrant(grantId),
      adapter: opened.oidcAdapter,
      ...(options.bridgeQuirks ? { quirks: options.bridgeQuirks } : {}),
    });
    const quirks = options.bridgeQuirks ?? {};
    const interactions = createInteractionHandler({
      provider,
      personae: PERSONAE,
      noAcr: quirks.noAcr === true,
      cnsOrigin,
    });
    cnsServer.on(
      'request',
      guarded(
        createCnsHandler({
          provider,
          personae: PERSONAE,
          issuer,
          caPem: cnsPki.caPem,
          ...(options.now ? { now: options.now } : {}),
        }),
        'cns',
      ),
    );
    const oidc = provider.callback();
    bridgeServer.on(
      'request',
      guarded(async (req, res) => {
        if (answeredByQuirk(quirks, req, res)) return;
        if (!(await interactions(req, res))) oidc(req, res);
      }, 'bridge'),
    );

    const authenticate = createAuthenticator({
      issuer,
      audience: apiBaseUrl,
      jwksUrl: new URL(`${issuer}/jwks`),
      isGrantRevoked: (grantId) => opened.store.isGrantRevoked(grantId),
    });
    const deleghe = createDelegheDesk({
      db: opened.db,
      mail,
      ...(options.otpTtlMs !== undefined ? { otpTtlMs: options.otpTtlMs } : {}),
    });
    const quesitiStore = new QuesitiStore(
      opened.db,
      options.dataDir,
      options.quesiti?.notifier ?? createMailingNotifier(createRecordingNotifier(opened.db), mail),
      options.quesiti?.sogliaGiorni ?? DEFAULT_SOGLIA_GIORNI_LAVORATIVI,
    );
    const operatorKey = randomBytes(18).toString('base64url');
    const ownHosts = ownHostsOf(apiBaseUrl);
    const mailboxRoute = createMailboxRoute(opened.mailbox, operatorKey, ownHosts);
    const backoffice = createBackofficeHandler(quesitiStore, operatorKey, ownHosts);
    const api = guarded(
      createApiHandler({
        store: opened.store,
        sezioni: opened.sezioni,
        authenticate,
        deleghe,
        quesiti: {
          store: quesitiStore,
          limits: {
            ...DEFAULT_ALLEGATO_LIMITS,
            ...(options.quesiti?.maxBytesPerFile ? { maxBytesPerFile: options.quesiti.maxBytesPerFile } : {}),
          },
        },
        // The operator pages: the mailbox and the back-office, behind the Host check and the key.
        before: async (req, res, url) => mailboxRoute(req, res, url) || backoffice(req, res, url),
      }),
      'api',
    );
    let reachable = true;
    apiServer.on('request', (req, res) => {
      if (!reachable) {
        req.socket.destroy();
        return;
      }
      api(req, res);
    });

    let stopped: Promise<void> | undefined;
    return {
      issuer,
      apiBaseUrl,
      clientId: CLIENT_ID,
      personae: PERSONAE,
      dataDir: options.dataDir,
      cns: {
        origin: cnsOrigin,
        dir: cnsPki.dir,
        passphrase: cnsPki.passphrase,
        caPath: cnsPki.caPath,
        caPem: cnsPki.caPem,
        crlPath: cnsPki.crlPath,
        cards: cnsPki.cards,
      },
      smtpPort: smtp.port,
      mailbox: opened.mailbox,
      mail,
      operatorKey,
      oggiSeed: opened.sezioni.oggiSeed,
      setApiReachable(value) {
        reachable = value;
      },
      stop() {
        stopped ??= Promise.all([close(bridgeServer), close(apiServer), close(cnsServer), smtp.close()]).then(
          () => opened.close(),
        );
        return stopped;
      },
    };
  } catch (error) {
    await Promise.allSettled([close(bridgeServer), close(apiServer), close(cnsServer), smtp.close()]);
    opened.close();
    throw error;
  }
}
