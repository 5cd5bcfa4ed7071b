import { createPrivateKey, X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';
import { certificateNames } from './addresses';

/** Where team mode keeps its certificate, inside the data folder (backed up with it by the user). */
export const CERTIFICATE_DIR = 'certificat';
export const CERT_FILE = 'carnet-reseau.crt';
export const KEY_FILE = 'carnet-reseau.key';

/** Long enough not to bother the team every year; renewed a month before it ends. */
const VALIDITY_DAYS = 825;
const RENEW_BEFORE_DAYS = 30;
const DAY_MS = 86_400_000;

export interface TeamCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate (DER), "AB:CD:…": what colleagues compare. */
  fingerprint: string;
  notAfter: Date;
  certFile: string;
  /** Made by this call (first use, or the previous one expiring or unreadable). */
  created: boolean;
}

export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/** The stored pair, when it is readable, matches, and stays valid for another month. */
function stored(certFile: string, keyFile: string, now: Date): Omit<TeamCertificate, 'created'> | null {
  if (!existsSync(certFile) || !existsSync(keyFile)) return null;
  try {
    const cert = readFileSync(certFile, 'utf8');
    const key = readFileSync(keyFile, 'utf8');
    const x509 = new X509Certificate(cert);
    if (!x509.checkPrivateKey(createPrivateKey(key))) return null;
    const notAfter = new Date(x509.validTo);
    if (notAfter.getTime() - now.getTime() < RENEW_BEFORE_DAYS * DAY_MS) return null;
    return { key, cert, fingerprint: x509.fingerprint256, notAfter, certFile };
  } catch {
    return null;
  }
}

/** Written beside, then renamed: a crash never leaves half a key. The key is for its owner only. */
function writeAtomically(file: string, text: string, mode: number): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, text, { mode });
  chmodSync(temp, mode);
  renameSync(temp, file);
}

/**
 * The certificate of team mode: the one made at first use, reused after; a new one (a new
 * fingerprint, printed again) only when it is missing, unreadable or about to expire. A
 * self-signed ECDSA P-256 certificate made by `selfsigned` (no hand-written ASN.1), for this
 * machine's name and addresses.
 */
export async function ensureCertificate(dataDir: string, now = new Date()): Promise<TeamCertificate> {
  const dir = path.join(dataDir, CERTIFICATE_DIR);
  const certFile = path.join(dir, CERT_FILE);
  const keyFile = path.join(dir, KEY_FILE);
  const kept = stored(certFile, keyFile, now);
  if (kept) return { ...kept, created: false };

  const { dns, ips } = certificateNames();
  const pems = await generate([{ name: 'commonName', value: `Carnet (${dns[1] ?? dns[0]})` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - DAY_MS), // a colleague's clock a little behind
    notAfterDate: new Date(now.getTime() + VALIDITY_DAYS * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...dns.map((value) => ({ type: 2 as const, value })),
          ...ips.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeAtomically(keyFile, pems.private, 0o600);
  writeAtomically(certFile, pems.cert, 0o644);
  const x509 = new X509Certificate(pems.cert);
  return {
    key: pems.private,
    cert: pems.cert,
    fingerprint: x509.fingerprint256,
    notAfter: new Date(x509.validTo),
    certFile,
    created: true,
  };
}
