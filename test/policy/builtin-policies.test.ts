import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPolicyTests, testFileFor, readTestCases } from '../../src/run/policy-tests.js';
import { builtinPolicyDir, loadConfiguration } from '../../src/run/configuration.js';
import { schemaValidator } from '../../src/policy/schema-problems.js';
import { parseJsonDocument } from '../../src/sources/json-document.js';
import { compileRules } from '../../src/engine/compile.js';
import { DOCUMENTS } from '../../src/sources/documents.js';

// The meta-test over every built-in policy, as ESLint and stylelint do for their rules.
const run = runPolicyTests([], { cwd: process.cwd() });
const { data } = loadConfiguration({ cwd: process.cwd() });
const folders = readdirSync(builtinPolicyDir(), { withFileTypes: true }).filter((d) => d.isDirectory());

describe('built-in policies', () => {
  it('all load without problems', () => {
    expect(run.problems).toEqual([]);
    expect(run.policies.length).toBe(folders.length);
  });

  for (const folder of folders) {
    const dir = join(builtinPolicyDir(), folder.name);
    describe(folder.name, () => {
      const policy = run.policies.find((p) => p.dir === dir);
      it('has a schema-valid policy.json whose id is its folder name', () => {
        // A scan trusts the built-in policies and skips this check at start: here is where it runs.
        const validate = schemaValidator('policy.schema.json');
        const valid = validate(JSON.parse(readFileSync(join(dir, 'policy.json'), 'utf8')));
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
        expect(policy?.id).toBe(folder.name);
      });
      it('has no duplicate keys, and compiles with the checks a scan trusts it to pass (patterns valid and safe)', () => {
        const text = readFileSync(join(dir, 'policy.json'), 'utf8');
        const parsed = parseJsonDocument(text, 'policy.json');
        expect(parsed.problems).toEqual([]);
        const rules = (parsed.value as { rules: unknown }).rules;
        const checked = compileRules(rules, ['rules'], { documents: DOCUMENTS, dataDocuments: Object.keys(data) });
        expect(checked.problems).toEqual([]);
      });
      it('has docs that explain why and how to fix', () => {
        const readme = join(dir, 'README.md');
        expect(existsSync(readme)).toBe(true);
        const text = readFileSync(readme, 'utf8');
        for (const section of ['## What it checks', '## Why', '## Failing example', '## Passing example', '## Fix']) expect(text).toContain(section);
        expect(text).toContain(folder.name);
      });
      it('has at least one passing and one failing case, and cites a requirement', () => {
        const { cases, problems } = readTestCases(testFileFor(join(dir, 'policy.json')), folder.name);
        expect(problems).toEqual([]);
        expect(cases.some((c) => c.expect.length === 0)).toBe(true);
        expect(cases.some((c) => c.expect.length > 0)).toBe(true);
        expect(policy?.requirements.length).toBeGreaterThan(0);
      });
      it('passes every one of its cases', () => {
        const failed = run.results.filter((r) => r.policyId === folder.name && !r.passed).map((r) => `${r.name}: ${r.failures.join('; ')}`);
        expect(failed).toEqual([]);
      });
    });
  }

  it('cite only requirements the catalogue knows, and every RoA criterion has a policy or is marked unchecked', () => {
    const { policies, data, errors } = loadConfiguration({ cwd: process.cwd() });
    expect(errors).toEqual([]);
    const roa = new Set(policies.flatMap((p) => p.requirements.filter((r) => r.framework === 'runs-on-atlassian').map((r) => r.id)));
    const catalogue = Object.keys((data.requirements as Record<string, object>)['runs-on-atlassian']!);
    expect(catalogue.filter((c) => !roa.has(c))).toEqual(['HAS_EXPOSED_CREDENTIALS']);
  });
});
