/**
 * Certificates, PKCS#12 files and the CRL of the sandbox's test CNS issuer, built with
 * node-forge. Keys come from Node's crypto, and so do the signatures (forge's RSA in plain
 * JavaScript would take seconds at each first start).
 */
import { generateKeyPair, sign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

const { asn1, pki } = forge;
const generateRsa = promisify(generateKeyPair);
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newKeyPair(): Promise<KeyPair> {
  return generateRsa('rsa', { modulusLength: 2048 });
}

export type SubjectField = { name?: string; type?: string; value: string };

export interface CertificateSpec {
  subject: SubjectField[];
  issuer: { subject: SubjectField[]; privateKey: KeyObject };
  publicKey: KeyObject;
  serialHex: string;
  notBefore: Date;
  notAfter: Date;
  extensions: object[];
}

function toForgeAttributes(fields: SubjectField[]): forge.pki.CertificateField[] {
  // UTF8String: names may carry accents, and the CNS common name carries "/" and "=".
  // forge writes the string's characters as bytes: UTF-8 is encoded here.
  return fields.map(
    (field) =>
      ({
        ...field,
        value: forge.util.encodeUtf8(field.value),
        valueTagClass: asn1.Type.UTF8,
      }) as unknown as forge.pki.CertificateField,
  );
}

function signWith(privateKey: KeyObject, tbs: forge.asn1.Asn1): string {
  const der = Buffer.from(asn1.toDer(tbs).getBytes(), 'binary');
  return sign('sha256', der, privateKey).toString('binary');
}

/** A PEM certificate signed by `spec.issuer`. */
export function issueCertificate(spec: CertificateSpec): string {
  const cert = pki.createCertificate();
  cert.publicKey = pki.publicKeyFromPem(spec.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = spec.serialHex;
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  cert.setSubject(toForgeAttributes(spec.subject));
  cert.setIssuer(toForgeAttributes(spec.issuer.subject));
  cert.setExtensions(spec.extensions);
  // What cert.sign() does, with Node's signature in place of forge's.
  const signable = cert as unknown as {
    siginfo: { algorithmOid: string };
    signatureOid: string;
    signature: string;
  };
  signable.siginfo.algorithmOid = SHA256_WITH_RSA;
  signable.signatureOid = SHA256_WITH_RSA;
  const tbs = (
    pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }
  ).getTBSCertificate(cert);
  (cert as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate = tbs;
  signable.signature = signWith(spec.issuer.privateKey, tbs);
  return pki.certificateToPem(cert);
}

/** The certificate and its key in one PKCS#12 file (AES-256, as browsers and OpenSSL 3 read it). */
export function pkcs12(
  certificatePem: string,
  privateKey: KeyObject,
  passphrase: string,
  friendlyName: string,
): Buffer {
  const key = pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [pki.certificateFromPem(certificatePem)], passphrase, {
    algorithm: 'aes256',
    friendlyName,
  });
  return Buffer.from(asn1.toDer(p12).getBytes(), 'binary');
}

function algorithmIdentifier(): forge.asn1.Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(SHA256_WITH_RSA).getBytes()),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
  ]);
}

function utcTime(date: Date): forge.asn1.Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(date));
}

function integer(hex: string): forge.asn1.Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, forge.util.hexToBytes(hex));
}

/** The subject Name of a certificate as encoded in it: the CRL's issuer must match it byte for byte. */
function subjectNameOf(certificatePem: string): forge.asn1.Asn1 {
  const certificate = asn1.fromDer(forge.pem.decode(certificatePem)[0]?.body ?? '');
  const tbs = (certificate.value as forge.asn1.Asn1[])[0];
  // TBSCertificate: [0] version, serialNumber, signature, issuer, validity, subject, …
  const subject = (tbs?.value as forge.asn1.Asn1[] | undefined)?.[5];
  if (!subject) throw new Error('Certificato della CA non leggibile');
  return subject;
}

export interface CrlSpec {
  /** The CA's certificate, whose subject names the CRL's issuer byte for byte. */
  issuer: { certificatePem: string; privateKey: KeyObject };
  /** Increases at every issue (the cRLNumber extension). */
  number: number;
  thisUpdate: Date;
  nextUpdate: Date;
  revoked: ReadonlyArray<{ serialHex: string; date: Date }>;
}

/**
 * A version 2 CRL (RFC 5280 §5.1) in PEM. forge reads and writes certificates but has no CRL
 * type, so the structure is put together from its ASN.1 pieces.
 */
export function issueCrl(spec: CrlSpec): string {
  const revoked = spec.revoked.map((entry) =>
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      integer(entry.serialHex),
      utcTime(entry.date),
    ]),
  );
  const crlNumber = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer('2.5.29.20').getBytes()),
    asn1.create(
      asn1.Class.UNIVERSAL,
      asn1.Type.OCTETSTRING,
      false,
      asn1
        .toDer(
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.INTEGER,
            false,
            asn1.integerToDer(spec.number).getBytes(),
          ),
        )
        .getBytes(),
    ),
  ]);
  const tbs = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(1).getBytes()),
    algorithmIdentifier(),
    subjectNameOf(spec.issuer.certificatePem),
    utcTime(spec.thisUpdate),
    utcTime(spec.nextUpdate),
    ...(revoked.length > 0 ? [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, revoked)] : []),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [crlNumber]),
    ]),
  ]);
  const signature = signWith(spec.issuer.privateKey, tbs);
  const crl = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    tbs,
    algorithmIdentifier(),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature}`),
  ]);
  const der = asn1.toDer(crl).getBytes();
  return forge.pem.encode({ type: 'X509 CRL', body: der });
}
