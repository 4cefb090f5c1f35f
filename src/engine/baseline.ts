import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Finding } from '../model/finding.js';
import type { Problem } from '../model/problem.js';
import { parseJsonDocument } from '../sources/json-document.js';

export const BASELINE_FILE = '.forge-trust-baseline.json';
export const BASELINE_VERSION = 1;

export interface Baseline {
  version: number;
  findings: Array<{ fingerprint: string; policyId: string; file: string | null; message: string }>;
}

/**
 * The baseline records the findings an app had when it adopted Forge Trust, by fingerprint, so
 * the check starts green while every new finding still counts. Messages are kept for people
 * reading the file; only fingerprints are compared.
 */
export function createBaseline(findings: readonly Finding[]): Baseline {
  return {
    version: BASELINE_VERSION,
    findings: findings
      .map((f) => ({ fingerprint: f.fingerprint, policyId: f.policyId, file: f.location?.file ?? null, message: f.message }))
      .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)),
  };
}

export function loadBaseline(path: string, cwd: string, required: boolean): { fingerprints: Set<string>; problems: Problem[] } {
  const display = relative(cwd, path) || path;
  if (!existsSync(path))
    return {
      fingerprints: new Set(),
      problems: required
        ? [{ code: 'baseline-missing', file: display, message: 'the baseline file does not exist', hint: 'create it with `forge-trust baseline`' }]
        : [],
    };
  const parsed = parseJsonDocument(readFileSync(path, 'utf8'), display);
  if (parsed.problems.length) return { fingerprints: new Set(), problems: parsed.problems.map((p) => ({ ...p, code: 'baseline-json' })) };
  const value = parsed.value as Partial<Baseline> | undefined;
  if (!value || value.version !== BASELINE_VERSION || !Array.isArray(value.findings) || value.findings.some((f) => typeof f?.fingerprint !== 'string')) {
    return {
      fingerprints: new Set(),
      problems: [
        {
          code: 'baseline-shape',
          file: display,
          line: 1,
          message: `not a Forge Trust baseline (version ${BASELINE_VERSION} with a findings array of fingerprints)`,
          hint: 'recreate it with `forge-trust baseline`',
        },
      ],
    };
  }
  return { fingerprints: new Set(value.findings.map((f) => f.fingerprint)), problems: [] };
}
