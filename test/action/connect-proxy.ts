import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A forward proxy on 127.0.0.1 that speaks HTTP CONNECT (and absolute-form requests), sending
 * every tunnel to one local target whatever host the client asked for, so a client can be pointed
 * at a made-up host name and reach the emulated API only through the proxy. Counts what it saw.
 */
export async function startConnectProxy(targetPort: number): Promise<{ url: string; seen: string[]; close: () => Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/');
    const upstream = httpRequest({ host: '127.0.0.1', port: targetPort, method: req.method, path: url.pathname + url.search, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connect', (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const upstream = connect(targetPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((ok) => (server.close(() => ok()), server.closeAllConnections())) };
}

/**
 * A TLS front for the emulated API: HTTPS on 127.0.0.1 with a certificate made for `host` by a
 * throwaway certificate authority, so a client that trusts that authority (`NODE_EXTRA_CA_CERTS`)
 * speaks real HTTPS, tunnelled through the proxy, to the plain-HTTP stand-in behind it.
 */
export async function startTlsFront(targetPort: number, host: string): Promise<{ port: number; caFile: string; close: () => Promise<void> }> {
  const { generate } = await import('selfsigned');
  const ca = await generate([{ name: 'commonName', value: 'Forge Trust test CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true },
    ],
  });
  const leaf = await generate([{ name: 'commonName', value: host }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ca: { key: ca.private, cert: ca.cert },
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: host }] }],
  });
  const dir = mkdtempSync(join(tmpdir(), 'forge-trust-ca-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, ca.cert);
  const server = createTlsServer({ key: leaf.private, cert: leaf.cert }, (socket) => {
    const upstream = connect(targetPort, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { port, caFile, close: () => new Promise<void>((ok) => (server.close(() => ok()), rmSync(dir, { recursive: true, force: true }))) };
}
