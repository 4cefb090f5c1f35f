import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
}

export interface FakeGithub {
  url: string;
  comments: FakeComment[];
  checkRuns: Array<{ id: number; name: string; head_sha: string; conclusion: string; annotations: unknown[] }>;
  requests: string[];
  /** Status to answer for a "METHOD path-prefix" key, e.g. "POST /repos/o/r/issues" → 403. */
  failures: Map<string, { status: number; times: number }>;
  /** Every request with its method, path and JSON body, for checking against GitHub's REST description. */
  sent: Array<{ method: string; path: string; body: unknown }>;
  /** Requests (by method and path prefix) that are never answered. */
  hangs: Set<string>;
  /** Requests (by prefix) refused for an exhausted rate limit, with the reset time in epoch seconds. */
  rateLimited: Map<string, number>;
  files: Array<{ filename: string; patch: string }>;
  /** Files of the base commit, served through the git trees and blobs endpoints. */
  baseFiles: Record<string, string>;
  /** Global security advisories served by GET /advisories. */
  advisories: unknown[];
  close(): Promise<void>;
}

/**
 * A small stand-in for the GitHub REST API on 127.0.0.1, answering the endpoints the Action uses
 * in their documented shapes: issue comments (paginated with Link headers), pull-request files,
 * and check runs. Failures can be injected per endpoint.
 */
export async function startFakeGithub(owner = 'acme', repo = 'forge-app'): Promise<FakeGithub> {
  const state = { nextId: 1000 };
  const fake: Omit<FakeGithub, 'url' | 'close'> = {
    comments: [],
    checkRuns: [],
    requests: [],
    failures: new Map(),
    sent: [],
    hangs: new Set(),
    rateLimited: new Map(),
    files: [],
    baseFiles: {},
    advisories: [],
  };
  const base = `/repos/${owner}/${repo}`;
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const readBody = (req: IncomingMessage) =>
    new Promise<Record<string, unknown>>((done) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => done(text ? (JSON.parse(text) as Record<string, unknown>) : {}));
    });
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql.
    url.pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql');
    const key = `${req.method} ${url.pathname}`;
    fake.requests.push(key);
    if (req.headers.authorization !== 'token test-token' && req.headers.authorization !== 'Bearer test-token')
      return send(res, 401, { message: 'Bad credentials' });
    const body = await readBody(req);
    fake.sent.push({ method: req.method ?? 'GET', path: url.pathname, body: req.method === 'GET' || req.method === 'DELETE' ? undefined : body });
    if ([...fake.hangs].some((prefix) => key.startsWith(prefix))) return; // never answered
    for (const [prefix, reset] of fake.rateLimited)
      if (key.startsWith(prefix))
        return send(
          res,
          403,
          { message: 'API rate limit exceeded' },
          { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': String(reset) },
        );
    for (const [prefix, failure] of fake.failures) {
      if (key.startsWith(prefix) && failure.times > 0) {
        failure.times--;
        return send(res, failure.status, { message: failure.status === 403 ? 'Resource not accessible by integration' : 'Server Error' });
      }
    }
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && (m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(url.pathname))) {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = fake.comments.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(fake.comments.length / perPage));
      const link: Record<string, string> =
        page < last
          ? { link: `<http://127.0.0.1:${(server.address() as AddressInfo).port}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"` }
          : {};
      return send(res, 200, slice, link);
    }
    if (req.method === 'POST' && new RegExp(`^${base}/issues/\\d+/comments$`).test(url.pathname)) {
      const c = { id: state.nextId++, body: String(body.body), user: { login: 'github-actions[bot]' } };
      fake.comments.push(c);
      return send(res, 201, c);
    }
    if ((m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname))) {
      const c = fake.comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      if (req.method === 'PATCH') {
        c.body = String(body.body);
        return send(res, 200, c);
      }
      if (req.method === 'DELETE') {
        fake.comments.splice(fake.comments.indexOf(c), 1);
        return send(res, 204, undefined);
      }
    }
    // The workflow token is an installation token: GET /user refuses it, GraphQL's viewer names it.
    if (req.method === 'GET' && url.pathname === '/user') return send(res, 403, { message: 'Resource not accessible by integration' });
    if (req.method === 'POST' && url.pathname === '/graphql') {
      if (!/viewer\s*\{\s*login/.test(String(body.query))) return send(res, 200, { errors: [{ message: 'unsupported query in the fake' }] });
      return send(res, 200, { data: { viewer: { login: 'github-actions[bot]' } } });
    }
    if (req.method === 'GET' && new RegExp(`^${base}/pulls/\\d+/files$`).test(url.pathname)) return send(res, 200, fake.files);
    if (req.method === 'GET' && url.pathname === '/advisories') {
      const affects = (url.searchParams.get('affects') ?? '').split(',');
      const names = new Set(affects.map((a) => a.slice(0, a.lastIndexOf('@'))));
      return send(
        res,
        200,
        (fake.advisories as Array<{ vulnerabilities: Array<{ package: { name: string } }> }>).filter((a) =>
          a.vulnerabilities.some((v) => names.has(v.package.name)),
        ),
      );
    }
    if (req.method === 'GET' && new RegExp(`^${base}/git/trees/basesha1$`).test(url.pathname)) {
      const tree = Object.keys(fake.baseFiles).map((path) => ({ path, type: 'blob', mode: '100644', sha: Buffer.from(path).toString('hex') }));
      return send(res, 200, { sha: 'basesha1', tree, truncated: false });
    }
    if (req.method === 'GET' && (m = new RegExp(`^${base}/git/blobs/([0-9a-f]+)$`).exec(url.pathname))) {
      const path = Buffer.from(m[1]!, 'hex').toString();
      if (!(path in fake.baseFiles)) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { sha: m[1], encoding: 'base64', content: Buffer.from(fake.baseFiles[path]!).toString('base64') });
    }
    if (req.method === 'POST' && url.pathname === `${base}/check-runs`) {
      const output = body.output as { annotations?: unknown[] };
      const run = {
        id: state.nextId++,
        name: String(body.name),
        head_sha: String(body.head_sha),
        conclusion: String(body.conclusion),
        annotations: [...(output.annotations ?? [])],
      };
      if ((output.annotations?.length ?? 0) > 50) return send(res, 422, { message: 'Only 50 annotations are allowed per request' });
      fake.checkRuns.push(run);
      return send(res, 201, { id: run.id });
    }
    if (req.method === 'PATCH' && (m = new RegExp(`^${base}/check-runs/(\\d+)$`).exec(url.pathname))) {
      const run = fake.checkRuns.find((r) => r.id === Number(m![1]));
      const output = body.output as { annotations?: unknown[] };
      if (!run) return send(res, 404, { message: 'Not Found' });
      if ((output.annotations?.length ?? 0) > 50) return send(res, 422, { message: 'Only 50 annotations are allowed per request' });
      run.annotations.push(...(output.annotations ?? []));
      return send(res, 200, { id: run.id });
    }
    return send(res, 404, { message: `Not Found: ${key}` });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  // The same object the server reads, so tests can change files and failures between runs.
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => (server.close(() => ok()), server.closeAllConnections())),
  });
}
