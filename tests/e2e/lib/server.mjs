// A small static file server on 127.0.0.1 for tests and the report: serves a folder under a
// path prefix (to prove the build works from a sub-path) and records every request it gets.
// Plain HTTP/1.1 without compression by default; the report's Lighthouse runs ask for HTTP/2 over
// TLS with gzip (`secure`), as the static hosts the widget is published on serve it.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createServer as createTcpServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `root` at `http://127.0.0.1:<port><prefix>`.
 * @param {string} root folder to serve
 * @param {{prefix?: string, port?: number, headers?: Record<string,string>,
 *          rewrite?: (file: string, body: Buffer) => Buffer | string,
 *          files?: Record<string, string>,
 *          hold?: (file: string) => Promise<void> | undefined,
 *          secure?: {key: string | Buffer, cert: string | Buffer}}} options
 *   `rewrite` may change a file's body before it is sent (the example host pages name the widget's
 *   address, which a test replaces with its own server's); `files` adds files that are not in
 *   `root` (by path below the prefix); `hold` may return a promise that a file's response waits
 *   for (to act on the pre-rendered page before the wasm arrives, in any browser). `secure` (a key and a
 *   certificate, `lib/tls.mjs`) serves HTTP/2 over TLS at `https://`, each body gzip-compressed
 *   when the client accepts it.
 */
export async function serve(root, { prefix = '/', port = 0, headers = {}, rewrite, files = {}, hold, secure } = {}) {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`prefix must start and end with '/': ${prefix}`);
  const requests = [];
  const handler = async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    if (Object.hasOwn(files, rel)) {
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
      res.end(files[rel]);
      return;
    }
    const file = normalize(join(root, rel));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) throw new Error('directory');
      await hold?.(file);
      let body = await readFile(file);
      if (rewrite) body = rewrite(file, body);
      const compressed = secure && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(compressed ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers,
      });
      res.end(compressed ? gzipSync(body) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const server = secure ? createSecureServer({ ...secure, allowHTTP1: true }, handler) : createServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address();
  const origin = `${secure ? 'https' : 'http'}://127.0.0.1:${actual}`;
  return {
    origin,
    url: origin + prefix,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A port on 127.0.0.1 that is free now (for a process that opens its own: a WebDriver server,
 * scripts/serve.sh). */
export async function freePort() {
  const server = createTcpServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}
