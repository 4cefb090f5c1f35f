import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compileRules } from '../engine/compile.js';
import { locationAtPointer } from '../sources/json-document.js';
import type { Problem } from '../model/problem.js';
import { readJsonFile } from './read-json-file.js';
import { schemaProblems, schemaValidator } from './schema-problems.js';
import type { DataDocuments } from '../model/policy.js';
import type { Policy } from '../engine/policy.js';
import type { PolicyMeta, RequirementRef } from '../model/policy.js';
import { suggest } from '../util/suggest.js';

export const POLICY_FILE = 'policy.json';
const MAX_DEPTH = 6;

/** A policy's id and the file that defines it. */
export type PolicyId = Pick<Policy, 'id' | 'file'>;

/** Every `policy.json` or `*.policy.json` under a folder (or the path itself when it is a file). */
export function findPolicyFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  const out: string[] = [];
  const visit = (dir: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full, depth + 1);
      else if (entry.isFile() && (entry.name === POLICY_FILE || entry.name.endsWith('.policy.json'))) out.push(full);
    }
  };
  visit(path, 0);
  return out;
}

export interface LoadPoliciesOptions {
  cwd: string;
  origin: 'builtin' | 'user';
  documents: readonly string[];
  data: DataDocuments;
  /**
   * Policies (as parsed, unchecked) that will not run: they are neither checked nor compiled, and
   * only their ids are returned. For built-in policies only, which their own tests check.
   */
  passOver?: (raw: { id?: unknown; rules?: unknown }) => boolean;
}

/**
 * Loads and compiles policy files. Every problem in every file is gathered; a policy with any
 * problem is left out of the result, and the problems make the run end with status 2, so a
 * broken policy can never pass silently.
 */
export function loadPolicies(paths: string[], options: LoadPoliciesOptions): { policies: Policy[]; problems: Problem[]; passedOver: PolicyId[] } {
  const policies: Policy[] = [];
  const problems: Problem[] = [];
  const passedOver: PolicyId[] = [];
  // Loaded on first use: the built-in policies skip it (see below), and so does a scan with no policies of its own.
  let validator: ReturnType<typeof schemaValidator> | undefined;
  const validate = (value: unknown) => (validator ??= schemaValidator('policy.schema.json'))(value);
  for (const root of paths) {
    const files = findPolicyFiles(root);
    if (files.length === 0) {
      problems.push({
        code: 'policy-missing',
        file: relative(options.cwd, root) || root,
        message: existsSync(root) ? 'no policy.json or *.policy.json files here' : 'the policy folder does not exist',
      });
    }
    for (const path of files) {
      const file = relative(options.cwd, path) || path;
      const quick = options.passOver && quickParse(path);
      if (quick && typeof quick.id === 'string' && options.passOver!(quick)) {
        passedOver.push({ id: quick.id, file });
        continue;
      }
      const builtin = options.origin === 'builtin';
      // A built-in policy is read without positions (they only place problems, which its tests rule out) unless it has a problem.
      const read = builtin ? (quick ? { value: quick, problems: [] } : readJsonFile(path, file, { positions: false })) : readJsonFile(path, file);
      problems.push(...read.problems.map((p) => ({ ...p, code: p.code === 'json-syntax' ? 'policy-json' : p.code })));
      let value = read.value;
      if (value === undefined) continue;
      const fileProblems: Problem[] = [];
      // The built-in policies are validated by the test suite (test/policy/builtin-policies.test.ts);
      // validating them again at every start cost a scan a tenth of its set-up.
      if (options.origin !== 'builtin' && !validate(value))
        fileProblems.push(...schemaProblems(validator!.errors, value, file, 'policy-schema', /^\/rules\/\d+\/(match|location|fingerprint|group\/by)\//));
      const raw = value as Record<string, unknown>;
      const compiled = compileRules(raw.rules, ['rules'], { documents: options.documents, dataDocuments: Object.keys(options.data), trusted: builtin });
      if (builtin && compiled.problems.length) value = readJsonFile(path, file).value ?? value;
      const schemaPointers = new Set(fileProblems.map((p) => p.pointer));
      for (const p of compiled.problems) {
        if (schemaPointers.has(p.pointer)) continue; // the schema already said what is wrong there
        const loc = locationAtPointer(value, p.pointer);
        fileProblems.push({ code: 'policy-rule', file, line: loc?.startLine, column: loc?.startColumn, ...p });
      }
      fileProblems.push(...requirementProblems(raw.requirements, options.data, value, file));
      if (fileProblems.length) {
        problems.push(...fileProblems);
        continue;
      }
      const meta = raw as unknown as PolicyMeta;
      policies.push({
        id: meta.id,
        title: meta.title,
        description: meta.description,
        severity: meta.severity,
        category: meta.category,
        requirements: meta.requirements,
        remediation: meta.remediation,
        helpUri: meta.helpUri,
        tags: meta.tags ?? [],
        enabled: meta.enabled ?? true,
        file,
        dir: dirname(path),
        origin: options.origin,
        rules: compiled.rules,
        inputs: compiled.inputs,
        subsumes: (raw.subsumes as string[] | undefined) ?? [],
      });
    }
  }
  return { policies, problems, passedOver };
}

/** A policy file parsed without positions or checks (a few times faster), or undefined when that fails. */
function quickParse(path: string): { id?: unknown; rules?: unknown } | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Requirement ids must exist in the `requirements` data document, so reports can name them. */
function requirementProblems(refs: unknown, data: DataDocuments, root: unknown, file: string): Problem[] {
  const catalogue = data.requirements as Record<string, Record<string, unknown>> | undefined;
  if (!catalogue || !Array.isArray(refs)) return [];
  const out: Problem[] = [];
  (refs as RequirementRef[]).forEach((ref, i) => {
    const known = catalogue[ref?.framework];
    if (!known || typeof ref.id !== 'string' || Object.prototype.hasOwnProperty.call(known, ref.id)) return;
    const near = suggest(ref.id, Object.keys(known));
    const loc = locationAtPointer(root, `/requirements/${i}/id`);
    out.push({
      code: 'policy-requirement',
      file,
      line: loc?.startLine,
      column: loc?.startColumn,
      pointer: `/requirements/${i}/id`,
      message: `"${ref.id}" is not a known ${ref.framework} requirement`,
      expected: Object.keys(known).join(', '),
      hint: near ? `did you mean "${near}"?` : 'add it to the requirements data document',
    });
  });
  return out;
}

/** Policies whose ids repeat: the later one would silently shadow the earlier. */
export function duplicateIdProblems(policies: readonly PolicyId[]): Problem[] {
  const seen = new Map<string, PolicyId>();
  const out: Problem[] = [];
  for (const p of policies) {
    const first = seen.get(p.id);
    if (first)
      out.push({
        code: 'policy-duplicate',
        file: p.file,
        message: `policy id "${p.id}" is also used by ${first.file}`,
        hint: 'give organisation policies a prefix, e.g. "acme/' + p.id + '"',
      });
    else seen.set(p.id, p);
  }
  return out;
}
