import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { packagesOf } from '../sources/advisories/advisories-document.js';
import {
  githubAdvisoryProvider,
  lookupAdvisories,
  offlineOsvProvider,
  osvApiProvider,
  type AdvisoryLookup,
  type AdvisoryProvider,
} from '../sources/advisories/providers.js';
import { buildInputs } from '../sources/build-inputs.js';

/**
 * The advisory source a name stands for: `osv` (the OSV API), `github` (GitHub's advisory
 * database), or an OSV JSON file or folder; undefined for `off`, null when it is none of these.
 */
export function advisoryProvider(
  name: string,
  options: { apiUrl?: string; githubApiUrl: string; token?: string; cwd: string },
): AdvisoryProvider | undefined | null {
  if (name === 'off') return undefined;
  if (name === 'osv') return osvApiProvider(options.apiUrl);
  if (name === 'github') return githubAdvisoryProvider(options.apiUrl ?? options.githubApiUrl, options.token);
  const path = resolve(options.cwd, name);
  return existsSync(path) ? offlineOsvProvider(path) : null;
}

/**
 * Looks the installed packages of these checkouts (head, and base when there is one) up in a
 * source. Network I/O happens here, before the scan, which itself stays synchronous and pure.
 */
export async function lookupInstalled(dirs: string[], provider: AdvisoryProvider): Promise<{ lookup: AdvisoryLookup; packages: number }> {
  // The lockfiles alone: no manifest validation, code parsing or secrets pass, which the scan itself does once.
  const packages = dirs.flatMap((d) =>
    existsSync(d) ? packagesOf(buildInputs(d, { only: ['dependencies'], suppressions: false }).documents.dependencies) : [],
  );
  const lookup = await lookupAdvisories(packages, provider);
  return { lookup, packages: new Set(packages.map((p) => `${p.name}@${p.version}`)).size };
}
