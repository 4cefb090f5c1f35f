import { createRequire as __ftCreateRequire } from 'node:module'; import { fileURLToPath as __ftFileURLToPath } from 'node:url'; const require = __ftCreateRequire(import.meta.url); const __filename = __ftFileURLToPath(import.meta.url); const __dirname = __ftFileURLToPath(new URL('.', import.meta.url));
import {
  DOCUMENTS,
  buildInputs,
  builtinPolicyDir,
  detectorsOf,
  loadConfiguration,
  loadPolicies,
  readJsonFile,
  runPolicies,
  schemaProblems,
  schemaValidator
} from "./chunk-IKIMMJAE.js";

// src/run/policy-tests.ts
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
function testFileFor(policyFile) {
  return policyFile.endsWith(".policy.json") ? policyFile.replace(/\.policy\.json$/, ".tests.json") : join(dirname(policyFile), "tests.json");
}
function readTestCases(path, display) {
  if (!existsSync(path))
    return {
      cases: [],
      problems: [
        {
          code: "policy-tests-missing",
          file: display,
          message: "the policy has no tests file",
          hint: "add tests.json beside policy.json with at least one passing and one failing case"
        }
      ]
    };
  const { value, problems } = readJsonFile(path, display);
  if (value === void 0) return { cases: [], problems };
  const validate = schemaValidator("policy-tests.schema.json");
  if (!validate(value)) return { cases: [], problems: schemaProblems(validate.errors, value, display, "policy-tests-schema") };
  return { cases: value.cases, problems: [] };
}
function runCase(policy, testCase, baseData, testFile) {
  const data = { ...baseData };
  for (const [name, doc] of Object.entries(testCase.data ?? {})) data[name] = { ...data[name] ?? {}, ...doc };
  let input = { ...testCase.input ?? {} };
  let scratch;
  if (testCase.files) {
    scratch = mkdtempSync(join(tmpdir(), "forge-trust-case-"));
    for (const [path, text] of Object.entries(testCase.files)) {
      const full = resolve(scratch, path);
      if (relative(scratch, full).startsWith("..")) throw new Error(`test file path ${path} leaves the scratch folder`);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    input = { ...buildInputs(scratch, { detectors: detectorsOf(data), secretNames: data["secret-names"] }).documents, ...input };
  }
  try {
    const now = testCase.now ? /* @__PURE__ */ new Date(`${testCase.now}T00:00:00Z`) : /* @__PURE__ */ new Date("2026-11-23T00:00:00Z");
    const run = runPolicies([policy], input, data, { now });
    const failures = run.problems.map((p) => p.message);
    failures.push(...compareFindings(testCase.expect, run.findings));
    return { policyId: policy.id, testFile, name: testCase.name, passed: failures.length === 0, failures, expected: testCase.expect, actual: run.findings };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
function compareFindings(expected, actual) {
  const failures = [];
  const describe = (f) => `${f.location ? `${f.location.file}:${f.location.startLine}:${f.location.startColumn}` : "(no location)"} ${f.message}`;
  if (expected.length !== actual.length) {
    failures.push(`expected ${expected.length} finding(s), got ${actual.length}${actual.length ? ":\n      " + actual.map(describe).join("\n      ") : ""}`);
    return failures;
  }
  expected.forEach((e, i) => {
    const a = actual[i];
    if (e.file !== void 0 && a.location?.file !== e.file) failures.push(`finding ${i + 1}: expected file ${e.file}, got ${a.location?.file ?? "(none)"}`);
    if (e.line !== void 0 && a.location?.startLine !== e.line)
      failures.push(`finding ${i + 1}: expected line ${e.line}, got ${a.location?.startLine ?? "(none)"} (${a.message})`);
    if (e.column !== void 0 && a.location?.startColumn !== e.column)
      failures.push(`finding ${i + 1}: expected column ${e.column}, got ${a.location?.startColumn ?? "(none)"}`);
    if (e.message !== void 0 && !a.message.includes(e.message))
      failures.push(`finding ${i + 1}: expected the message to contain "${e.message}", got "${a.message}"`);
    if (e.severity !== void 0 && a.severity !== e.severity) failures.push(`finding ${i + 1}: expected severity ${e.severity}, got ${a.severity}`);
    const related = (a.related ?? []).map((r) => r.location?.startLine ?? 0);
    if (e.related !== void 0 && JSON.stringify(related) !== JSON.stringify(e.related))
      failures.push(`finding ${i + 1}: expected related lines ${JSON.stringify(e.related)}, got ${JSON.stringify(related)}`);
  });
  return failures;
}
function runPolicyTests(dirs, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const config = loadConfiguration({ cwd, data: options.data, noBuiltins: true });
  const roots = dirs.length ? dirs.map((d) => resolve(cwd, d)) : [builtinPolicyDir()];
  const loaded = loadPolicies(roots, { cwd, origin: "user", documents: DOCUMENTS, data: config.data });
  const problems = [...config.errors, ...loaded.problems];
  const results = [];
  for (const policy of loaded.policies) {
    const testPath = testFileFor(join(policy.dir, policy.file.endsWith(".policy.json") ? policy.file.split("/").pop() : "policy.json"));
    const display = relative(cwd, testPath) || testPath;
    const { cases, problems: p } = readTestCases(testPath, display);
    problems.push(...p);
    for (const c of cases) results.push(runCase(policy, c, config.data, display));
  }
  return { results, problems, policies: loaded.policies };
}

// src/model/verdict.ts
var EXIT_CODES = { pass: 0, fail: 1, error: 2 };

export {
  readTestCases,
  runCase,
  runPolicyTests,
  EXIT_CODES
};
