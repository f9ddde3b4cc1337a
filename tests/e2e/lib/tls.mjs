// A throwaway key and self-signed certificate for 127.0.0.1, made with the system's `openssl`,
// for a server that must speak HTTP/2 (browsers speak it over TLS only): the report serves its
// Lighthouse runs this way (lib/server.mjs, `secure`). Browsers given such a server need
// `--ignore-certificate-errors`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'omc-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (error) {
    throw new Error(`could not make a certificate for the HTTP/2 server with openssl (is it installed?): ${error.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
