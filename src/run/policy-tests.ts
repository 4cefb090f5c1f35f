import type { SecretNameSpec } from '../sources/code/secret-names.js';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { buildInputs } from '../sources/build-inputs.js';
import { DOCUMENTS } from '../sources/documents.js';
import type { Problem } from '../model/problem.js';
import { loadPolicies } from '../policy/load-policies.js';
import { readJsonFile } from '../policy/read-json-file.js';
import { schemaProblems, schemaValidator } from '../policy/schema-problems.js';
import type { Policy } from '../engine/policy.js';
import type { DataDocuments } from '../model/policy.js';
import { runPolicies } from '../engine/run-policies.js';
import { loadConfiguration, builtinPolicyDir } from './configuration.js';
import { detectorsOf } from './options.js';
import type { Finding } from '../model/finding.js';

export interface ExpectedFinding {
  file?: string;
  line?: number;
  column?: number;
  message?: string;
  /** A grouped finding's related locations, by line. */
  related?: number[];
  /** The finding's severity, for policies whose severity depends on what they found. */
  severity?: string;
}

export interface PolicyTestCase {
  name: string;
  files?: Record<string, string>;
  input?: Record<string, unknown>;
  data?: Record<string, Record<string, unknown>>;
  now?: string;
  expect: ExpectedFinding[];
}

export interface CaseResult {
  policyId: string;
  testFile: string;
  name: string;
  passed: boolean;
  /** Why it failed, one sentence per difference. */
  failures: string[];
  expected: ExpectedFinding[];
  actual: Finding[];
}

/** Tests live beside each policy: `tests.json` next to `policy.json`, `x.tests.json` next to `x.policy.json`. */
export function testFileFor(policyFile: string): string {
  return policyFile.endsWith('.policy.json') ? policyFile.replace(/\.policy\.json$/, '.tests.json') : join(dirname(policyFile), 'tests.json');
}

export function readTestCases(path: string, display: string): { cases: PolicyTestCase[]; problems: Problem[] } {
  if (!existsSync(path))
    return {
      cases: [],
      problems: [
        {
          code: 'policy-tests-missing',
          file: display,
          message: 'the policy has no tests file',
          hint: 'add tests.json beside policy.json with at least one passing and one failing case',
        },
      ],
    };
  const { value, problems } = readJsonFile(path, display);
  if (value === undefined) return { cases: [], problems };
  const validate = schemaValidator('policy-tests.schema.json');
  if (!validate(value)) return { cases: [], problems: schemaProblems(validate.errors, value, display, 'policy-tests-schema') };
  return { cases: (value as { cases: PolicyTestCase[] }).cases, problems: [] };
}

/** Runs one case: writes its files to a scratch folder and scans it through the real sources. */
export function runCase(policy: Policy, testCase: PolicyTestCase, baseData: DataDocuments, testFile: string): CaseResult {
  const data: DataDocuments = { ...baseData };
  for (const [name, doc] of Object.entries(testCase.data ?? {})) data[name] = { ...(data[name] ?? {}), ...doc };
  let input: Record<string, unknown> = { ...(testCase.input ?? {}) };
  let scratch: string | undefined;
  if (testCase.files) {
    scratch = mkdtempSync(join(tmpdir(), 'forge-trust-case-'));
    for (const [path, text] of Object.entries(testCase.files)) {
      const full = resolve(scratch, path);
      if (relative(scratch, full).startsWith('..')) throw new Error(`test file path ${path} leaves the scratch folder`);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    input = { ...buildInputs(scratch, { detectors: detectorsOf(data), secretNames: data['secret-names'] as SecretNameSpec | undefined }).documents, ...input };
  }
  try {
    const now = testCase.now ? new Date(`${testCase.now}T00:00:00Z`) : new Date('2026-11-23T00:00:00Z');
    const run = runPolicies([policy], input, data, { now });
    const failures = run.problems.map((p) => p.message);
    failures.push(...compareFindings(testCase.expect, run.findings));
    return { policyId: policy.id, testFile, name: testCase.name, passed: failures.length === 0, failures, expected: testCase.expect, actual: run.findings };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

function compareFindings(expected: ExpectedFinding[], actual: Finding[]): string[] {
  const failures: string[] = [];
  const describe = (f: Finding) => `${f.location ? `${f.location.file}:${f.location.startLine}:${f.location.startColumn}` : '(no location)'} ${f.message}`;
  if (expected.length !== actual.length) {
    failures.push(`expected ${expected.length} finding(s), got ${actual.length}${actual.length ? ':\n      ' + actual.map(describe).join('\n      ') : ''}`);
    return failures;
  }
  expected.forEach((e, i) => {
    const a = actual[i]!;
    if (e.file !== undefined && a.location?.file !== e.file) failures.push(`finding ${i + 1}: expected file ${e.file}, got ${a.location?.file ?? '(none)'}`);
    if (e.line !== undefined && a.location?.startLine !== e.line)
      failures.push(`finding ${i + 1}: expected line ${e.line}, got ${a.location?.startLine ?? '(none)'} (${a.message})`);
    if (e.column !== undefined && a.location?.startColumn !== e.column)
      failures.push(`finding ${i + 1}: expected column ${e.column}, got ${a.location?.startColumn ?? '(none)'}`);
    if (e.message !== undefined && !a.message.includes(e.message))
      failures.push(`finding ${i + 1}: expected the message to contain "${e.message}", got "${a.message}"`);
    if (e.severity !== undefined && a.severity !== e.severity) failures.push(`finding ${i + 1}: expected severity ${e.severity}, got ${a.severity}`);
    const related = (a.related ?? []).map((r) => r.location?.startLine ?? 0);
    if (e.related !== undefined && JSON.stringify(related) !== JSON.stringify(e.related))
      failures.push(`finding ${i + 1}: expected related lines ${JSON.stringify(e.related)}, got ${JSON.stringify(related)}`);
  });
  return failures;
}

export interface TestRun {
  results: CaseResult[];
  problems: Problem[];
  policies: Policy[];
}

/**
 * Runs the tests of every policy under the given folders (the built-in policies when none are
 * given), with the built-in data plus any extra data.
 */
export function runPolicyTests(dirs: string[], options: { cwd?: string; data?: string[] } = {}): TestRun {
  const cwd = options.cwd ?? process.cwd();
  const config = loadConfiguration({ cwd, data: options.data, noBuiltins: true });
  const roots = dirs.length ? dirs.map((d) => resolve(cwd, d)) : [builtinPolicyDir()];
  const loaded = loadPolicies(roots, { cwd, origin: 'user', documents: DOCUMENTS, data: config.data });
  const problems = [...config.errors, ...loaded.problems];
  const results: CaseResult[] = [];
  for (const policy of loaded.policies) {
    const testPath = testFileFor(join(policy.dir, policy.file.endsWith('.policy.json') ? policy.file.split('/').pop()! : 'policy.json'));
    const display = relative(cwd, testPath) || testPath;
    const { cases, problems: p } = readTestCases(testPath, display);
    problems.push(...p);
    for (const c of cases) results.push(runCase(policy, c, config.data, display));
  }
  return { results, problems, policies: loaded.policies };
}
