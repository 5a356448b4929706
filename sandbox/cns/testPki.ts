/**
 * The sandbox's test CNS issuer and its cards, made at first start in `<dataDir>/cns/`: a test
 * CA, the HTTPS certificate of the CNS endpoint, one PKCS#12 per persona holding a CNS, and three
 * that must be refused (expired, revoked, issued by a foreign CA). The CRL is issued again at
 * every start from the kept list of revoked serials, so that it is never past its nextUpdate.
 */
import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Persona, PersonaKey } from '../seed/personae';
import { issueCertificate, issueCrl, newKeyPair, pkcs12, type KeyPair, type SubjectField } from './x509';

const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_MS = 365 * DAY_MS;
/** Bumped when what is generated changes: an older folder is then generated again. */
const LAYOUT_VERSION = 1;

export type CnsCardKind = 'valida' | 'scaduta' | 'revocata' | 'ca-estranea';

export interface CnsCard {
  kind: CnsCardKind;
  persona: PersonaKey;
  codiceFiscale: string;
  /** Absolute path of the PKCS#12 file. */
  pfxPath: string;
  serialHex: string;
  notAfter: string;
}

export interface CnsPki {
  dir: string;
  /** One passphrase for every PKCS#12 of this folder, printed by `npm run sandbox`. */
  passphrase: string;
  caPath: string;
  caPem: string;
  crlPath: string;
  crlPem: string;
  serverKeyPem: string;
  serverCertPem: string;
  cards: CnsCard[];
}

const manifestSchema = z.object({
  version: z.literal(LAYOUT_VERSION),
  passphrase: z.string().min(8).max(64),
  crlNumber: z.number().int().nonnegative(),
  personae: z.array(z.string().max(64)).max(64),
  revoked: z
    .array(z.object({ serialHex: z.string().regex(/^[0-9a-f]{2,40}$/), date: z.string().max(40) }))
    .max(64),
  cards: z
    .array(
      z.object({
        kind: z.enum(['valida', 'scaduta', 'revocata', 'ca-estranea']),
        persona: z.string().max(64),
        codiceFiscale: z.string().regex(/^[A-Z0-9]{16}$/),
        file: z.string().regex(/^[a-z0-9-]{1,80}\.p12$/),
        serialHex: z.string().regex(/^[0-9a-f]{2,40}$/),
        notAfter: z.string().max(40),
      }),
    )
    .max(64),
});
type Manifest = z.infer<typeof manifestSchema>;

const CA_SUBJECT: SubjectField[] = [
  { name: 'countryName', value: 'IT' },
  { name: 'organizationName', value: 'Sandbox INPS – Ente emettitore CNS di prova' },
  { name: 'commonName', value: 'CA CNS di prova (Cassetto Enti)' },
];
const FOREIGN_CA_SUBJECT: SubjectField[] = [
  { name: 'countryName', value: 'IT' },
  { name: 'organizationName', value: 'Certificatore estraneo di prova' },
  { name: 'commonName', value: 'CA estranea (non riconosciuta dal bridge)' },
];

/**
 * RSA keys take seconds to make on a busy machine, and tests start many sandboxes: within one
 * process the n-th key is made once and reused by every data folder (they are test keys).
 */
const keyPool = new Map<number, Promise<KeyPair>>();
function pooledKey(index: number): Promise<KeyPair> {
  let key = keyPool.get(index);
  if (!key) {
    key = newKeyPair();
    keyPool.set(index, key);
  }
  return key;
}

/** Positive serial numbers of 16 random bytes (RFC 5280 allows up to 20). */
const newSerial = () => `01${randomBytes(15).toString('hex')}`;

/**
 * The three forms of codice fiscale in the subject, spread over the personae so that each is
 * exercised by a real login (see subject.ts and docs/cns.md).
 */
function personaSubject(persona: Persona, form: number): SubjectField[] {
  const cardId = `${7420000000000000 + form * 1_000_001}`;
  const hash = randomBytes(20).toString('base64');
  const names: SubjectField[] = [
    { name: 'countryName', value: 'IT' },
    { name: 'surname', value: persona.cognome.toUpperCase() },
    { name: 'givenName', value: persona.nome.toUpperCase() },
    // dnQualifier: the issuer's identifier of the holder, not the codice fiscale.
    { type: '2.5.4.46', value: `${form + 1}${cardId.slice(-8)}` },
  ];
  const cf = persona.codiceFiscale;
  switch (form % 3) {
    case 0:
      return [
        ...names,
        { name: 'serialNumber', value: `TINIT-${cf}` },
        { name: 'commonName', value: `${persona.nome} ${persona.cognome}` },
      ];
    case 1:
      return [
        ...names,
        { name: 'serialNumber', value: `IT:${cf}` },
        { name: 'commonName', value: `${cf}/${cardId}.${hash}` },
      ];
    default:
      return [...names, { name: 'commonName', value: `${cf}/${cardId}.${hash}` }];
  }
}

const clientExtensions = [
  { name: 'basicConstraints', cA: false },
  { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
  { name: 'extKeyUsage', clientAuth: true },
  { name: 'subjectKeyIdentifier' },
];
const caExtensions = [
  { name: 'basicConstraints', critical: true, cA: true },
  { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
  { name: 'subjectKeyIdentifier' },
];

async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  await writeFile(`${path}.tmp`, data, { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

interface Issuer {
  subject: SubjectField[];
  keys: KeyPair;
}

async function issueCard(
  dir: string,
  issuer: Issuer,
  persona: Persona,
  kind: CnsCardKind,
  form: number,
  passphrase: string,
  now: number,
): Promise<Manifest['cards'][number]> {
  const keys = await pooledKey(3 + form);
  const expired = kind === 'scaduta';
  const notBefore = new Date(now - (expired ? 4 * YEAR_MS : DAY_MS));
  const notAfter = new Date(expired ? now - 30 * DAY_MS : now + 6 * YEAR_MS);
  const serialHex = newSerial();
  const pem = issueCertificate({
    subject: personaSubject(persona, form),
    issuer: { subject: issuer.subject, privateKey: issuer.keys.privateKey },
    publicKey: keys.publicKey,
    serialHex,
    notBefore,
    notAfter,
    extensions: clientExtensions,
  });
  const file = kind === 'valida' ? `cns-${persona.key}.p12` : `cns-${kind}-${persona.key}.p12`;
  await writeAtomic(
    join(dir, file),
    pkcs12(pem, keys.privateKey, passphrase, `CNS di prova ${persona.nome} ${persona.cognome}`),
  );
  return {
    kind,
    persona: persona.key,
    codiceFiscale: persona.codiceFiscale,
    file,
    serialHex,
    notAfter: notAfter.toISOString(),
  };
}

/** Who gets which card: every persona holding a CNS, plus the three to be refused. */
function plannedCards(personae: readonly Persona[]): Array<{ persona: Persona; kind: CnsCardKind }> {
  const holders = personae.filter((persona) => persona.credenziali.cns === true);
  const byKey = (key: PersonaKey) => holders.find((persona) => persona.key === key) ?? holders[0];
  const refused: Array<{ key: PersonaKey; kind: CnsCardKind }> = [
    { key: 'delegato-comune', kind: 'scaduta' },
    { key: 'intermediario', kind: 'revocata' },
    { key: 'legale-comune', kind: 'ca-estranea' },
  ];
  const planned = holders.map((persona) => ({ persona, kind: 'valida' as CnsCardKind }));
  for (const { key, kind } of refused) {
    const persona = byKey(key);
    if (persona) planned.push({ persona, kind });
  }
  return planned;
}

async function generate(dir: string, personae: readonly Persona[], now: number): Promise<Manifest> {
  const passphrase = randomBytes(9).toString('base64url');
  const [caKeys, serverKeys, foreignKeys] = await Promise.all([pooledKey(0), pooledKey(1), pooledKey(2)]);
  const caPem = issueCertificate({
    subject: CA_SUBJECT,
    issuer: { subject: CA_SUBJECT, privateKey: caKeys.privateKey },
    publicKey: caKeys.publicKey,
    serialHex: newSerial(),
    notBefore: new Date(now - 5 * YEAR_MS),
    notAfter: new Date(now + 20 * YEAR_MS),
    extensions: caExtensions,
  });
  const serverPem = issueCertificate({
    subject: [
      { name: 'countryName', value: 'IT' },
      { name: 'organizationName', value: 'Sandbox INPS' },
      { name: 'commonName', value: '127.0.0.1' },
    ],
    issuer: { subject: CA_SUBJECT, privateKey: caKeys.privateKey },
    publicKey: serverKeys.publicKey,
    serialHex: newSerial(),
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 10 * YEAR_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  const ca: Issuer = { subject: CA_SUBJECT, keys: caKeys };
  const foreign: Issuer = { subject: FOREIGN_CA_SUBJECT, keys: foreignKeys };
  const cards = await Promise.all(
    plannedCards(personae).map(({ persona, kind }, index) =>
      issueCard(dir, kind === 'ca-estranea' ? foreign : ca, persona, kind, index, passphrase, now),
    ),
  );
  await Promise.all([
    writeAtomic(join(dir, 'ca.pem'), caPem),
    writeAtomic(join(dir, 'ca-key.pem'), caKeys.privateKey.export({ type: 'pkcs8', format: 'pem' })),
    writeAtomic(join(dir, 'server.pem'), serverPem),
    writeAtomic(join(dir, 'server-key.pem'), serverKeys.privateKey.export({ type: 'pkcs8', format: 'pem' })),
  ]);
  const revoked = cards
    .filter((card) => card.kind === 'revocata')
    .map((card) => ({ serialHex: card.serialHex, date: new Date(now - DAY_MS).toISOString() }));
  return {
    version: LAYOUT_VERSION,
    passphrase,
    crlNumber: 0,
    personae: personae.map((p) => p.key),
    revoked,
    cards,
  };
}

async function readManifest(path: string): Promise<Manifest | undefined> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Still usable: same personae, and no card meant to be valid (nor the CA) expires within 30 days. */
async function stillUsable(
  dir: string,
  manifest: Manifest,
  personae: readonly Persona[],
  now: number,
): Promise<boolean> {
  const keys = personae.map((persona) => persona.key);
  if (manifest.personae.join(',') !== keys.join(',')) return false;
  const soon = now + 30 * DAY_MS;
  if (manifest.cards.some((card) => card.kind !== 'scaduta' && Date.parse(card.notAfter) < soon))
    return false;
  try {
    const ca = new X509Certificate(await readFile(join(dir, 'ca.pem')));
    return Date.parse(ca.validTo) > soon;
  } catch {
    return false;
  }
}

export async function loadOrCreateCnsPki(
  dataDir: string,
  personae: readonly Persona[],
  now = Date.now(),
): Promise<CnsPki> {
  const dir = join(dataDir, 'cns');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const manifestPath = join(dir, 'cns.json');
  let manifest = await readManifest(manifestPath);
  if (!manifest || !(await stillUsable(dir, manifest, personae, now))) {
    manifest = await generate(dir, personae, now);
  }
  const [caPem, caKeyPem, serverCertPem, serverKeyPem] = await Promise.all(
    ['ca.pem', 'ca-key.pem', 'server.pem', 'server-key.pem'].map((name) => readFile(join(dir, name), 'utf8')),
  );
  // A fresh CRL at each start: a CRL past its nextUpdate makes every check fail.
  manifest = { ...manifest, crlNumber: manifest.crlNumber + 1 };
  const crlPem = issueCrl({
    issuer: { certificatePem: caPem as string, privateKey: createPrivateKey(caKeyPem as string) },
    number: manifest.crlNumber,
    thisUpdate: new Date(now - 60_000),
    nextUpdate: new Date(now + YEAR_MS),
    revoked: manifest.revoked.map((entry) => ({ serialHex: entry.serialHex, date: new Date(entry.date) })),
  });
  const crlPath = join(dir, 'crl.pem');
  await writeAtomic(crlPath, crlPem);
  await writeAtomic(manifestPath, JSON.stringify(manifest, null, 2));
  return {
    dir,
    passphrase: manifest.passphrase,
    caPath: join(dir, 'ca.pem'),
    caPem: caPem as string,
    crlPath,
    crlPem,
    serverKeyPem: serverKeyPem as string,
    serverCertPem: serverCertPem as string,
    cards: manifest.cards.map((card) => ({
      kind: card.kind,
      persona: card.persona as PersonaKey,
      codiceFiscale: card.codiceFiscale,
      pfxPath: join(dir, card.file),
      serialHex: card.serialHex,
      notAfter: card.notAfter,
    })),
  };
}
