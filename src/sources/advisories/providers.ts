import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { matchVulnerability, type Advisory, type OsvVulnerability } from './osv.js';

export interface PackageRef {
  name: string;
  version: string;
}

/** Where advisories come from; each answers for a list of installed packages. */
export interface AdvisoryProvider {
  name: string;
  lookup(packages: PackageRef[]): Promise<Map<string, Advisory[]>>;
}

export interface AdvisoryLookup {
  /** `ok`: every package was checked; `unavailable`: the source could not be reached; `off`: not configured. */
  status: 'ok' | 'unavailable' | 'off';
  source: string;
  errors: string[];
  advisories: Map<string, Advisory[]>;
}

export const key = (p: PackageRef) => `${p.name}@${p.version}`;

export interface HttpOptions {
  timeoutMs?: number;
  retries?: number;
  /** Milliseconds before the first retry; doubled each time. */
  backoffMs?: number;
  fetch?: typeof fetch;
}

/** fetch with a timeout and retries with exponential backoff on network errors, 429 and 5xx. */
export async function fetchJson(url: string, init: RequestInit, o: HttpOptions = {}): Promise<{ body: unknown; headers: Headers }> {
  const retries = o.retries ?? 3;
  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, (o.backoffMs ?? 500) * 2 ** (attempt - 1)));
    try {
      const res = await (o.fetch ?? fetch)(url, { ...init, signal: AbortSignal.timeout(o.timeoutMs ?? 20_000) });
      if (res.status === 429 || res.status >= 500) {
        lastError = new Error(`HTTP ${res.status} from ${new URL(url).host}`);
        continue;
      }
      if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status} from ${new URL(url).host}`), { final: true });
      return { body: await res.json(), headers: res.headers };
    } catch (e) {
      if ((e as { final?: boolean }).final) throw e;
      lastError = e;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

function byName(vulns: OsvVulnerability[]): Map<string, OsvVulnerability[]> {
  const index = new Map<string, OsvVulnerability[]>();
  for (const v of vulns) for (const a of v.affected ?? []) if (a.package?.name) index.set(a.package.name, [...(index.get(a.package.name) ?? []), v]);
  return index;
}

function matchAll(packages: PackageRef[], index: Map<string, OsvVulnerability[]>): Map<string, Advisory[]> {
  const out = new Map<string, Advisory[]>();
  for (const p of packages) {
    const found = (index.get(p.name) ?? []).flatMap((v) => matchVulnerability(v, p.name, p.version) ?? []);
    if (found.length) out.set(key(p), [...new Map(found.map((a) => [a.id, a])).values()]);
  }
  return out;
}

/** An OSV JSON file (one record, an array, or `{vulns: [...]}`) or a folder of them: for air-gapped runners and tests. */
export function offlineOsvProvider(path: string): AdvisoryProvider {
  const load = (): OsvVulnerability[] => {
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.json'))
          .map((f) => join(path, f))
      : [path];
    return files.flatMap((f) => {
      const value = JSON.parse(readFileSync(f, 'utf8')) as unknown;
      return Array.isArray(value)
        ? (value as OsvVulnerability[])
        : Array.isArray((value as { vulns?: unknown }).vulns)
          ? (value as { vulns: OsvVulnerability[] }).vulns
          : [value as OsvVulnerability];
    });
  };
  return { name: `OSV file ${path}`, lookup: async (packages) => matchAll(packages, byName(load())) };
}

/** The OSV API: `POST /v1/querybatch` (up to 1,000 queries a request), then `GET /v1/vulns/{id}` for each hit. */
export function osvApiProvider(baseUrl = 'https://api.osv.dev', http: HttpOptions = {}): AdvisoryProvider {
  const details = new Map<string, Promise<OsvVulnerability>>();
  return {
    name: `OSV API ${new URL(baseUrl).host}`,
    async lookup(packages) {
      const ids = new Set<string>();
      for (let i = 0; i < packages.length; i += 1000) {
        const chunk = packages.slice(i, i + 1000);
        const { body } = await fetchJson(
          `${baseUrl}/v1/querybatch`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ queries: chunk.map((p) => ({ package: { name: p.name, ecosystem: 'npm' }, version: p.version })) }),
          },
          http,
        );
        for (const r of (body as { results?: Array<{ vulns?: Array<{ id: string }> }> }).results ?? []) for (const v of r.vulns ?? []) ids.add(v.id);
      }
      const all = await Promise.all(
        [...ids].map(
          (id) =>
            details.get(id) ??
            (details.set(
              id,
              fetchJson(`${baseUrl}/v1/vulns/${encodeURIComponent(id)}`, { method: 'GET' }, http).then((r) => r.body as OsvVulnerability),
            ),
            details.get(id)!),
        ),
      );
      return matchAll(packages, byName(all));
    },
  };
}

interface GithubAdvisory {
  ghsa_id: string;
  cve_id?: string | null;
  summary: string;
  severity: string;
  html_url: string;
  cvss?: { score?: number | null } | null;
  vulnerabilities?: Array<{ package?: { ecosystem?: string; name?: string }; vulnerable_version_range?: string; first_patched_version?: string | null }>;
}

/** GitHub's advisory database through `GET /advisories?ecosystem=npm&affects=…` with the workflow token. */
export function githubAdvisoryProvider(apiUrl: string, token: string | undefined, http: HttpOptions = {}): AdvisoryProvider {
  return {
    name: `GitHub advisories ${new URL(apiUrl).host}`,
    async lookup(packages) {
      const out = new Map<string, Advisory[]>();
      const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'forge-trust' };
      if (token) headers.authorization = `Bearer ${token}`;
      // `affects` takes up to 1,000 name@version entries; pages follow the Link header.
      for (let i = 0; i < packages.length; i += 100) {
        const chunk = packages.slice(i, i + 100);
        let url: string | undefined = `${apiUrl}/advisories?ecosystem=npm&per_page=100&affects=${encodeURIComponent(chunk.map(key).join(','))}`;
        while (url) {
          const { body, headers: h } = await fetchJson(url, { method: 'GET', headers }, http);
          for (const a of body as GithubAdvisory[]) {
            for (const v of a.vulnerabilities ?? []) {
              const range = (v.vulnerable_version_range ?? '').replace(/,\s*/g, ' ');
              for (const p of chunk) {
                if (v.package?.name !== p.name || !semver.valid(p.version) || !semver.satisfies(p.version, range)) continue;
                const severity = a.severity === 'critical' || a.severity === 'high' || a.severity === 'low' ? a.severity : 'medium';
                const advisory: Advisory = {
                  id: a.ghsa_id,
                  aliases: a.cve_id ? [a.cve_id] : [],
                  summary: a.summary,
                  severity,
                  score: a.cvss?.score ?? null,
                  fixed: v.first_patched_version ?? null,
                  url: a.html_url,
                };
                out.set(key(p), [...(out.get(key(p)) ?? []).filter((x) => x.id !== advisory.id), advisory]);
              }
            }
          }
          url = /<([^>]+)>;\s*rel="next"/.exec(h.get('link') ?? '')?.[1];
        }
      }
      return out;
    },
  };
}

/** Looks every distinct package up once; a source that cannot be reached gives `unavailable`, never an empty pass. */
export async function lookupAdvisories(packages: PackageRef[], provider: AdvisoryProvider | undefined): Promise<AdvisoryLookup> {
  if (!provider) return { status: 'off', source: 'none', errors: [], advisories: new Map() };
  const unique = [...new Map(packages.filter((p) => semver.valid(p.version)).map((p) => [key(p), p])).values()].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  try {
    return { status: 'ok', source: provider.name, errors: [], advisories: await provider.lookup(unique) };
  } catch (e) {
    return { status: 'unavailable', source: provider.name, errors: [e instanceof Error ? e.message : String(e)], advisories: new Map() };
  }
}
