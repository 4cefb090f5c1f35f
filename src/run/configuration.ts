import { join, resolve } from 'node:path';
import type { DocumentName } from '../model/documents.js';
import type { DataDocuments } from '../model/policy.js';
import type { Problem } from '../model/problem.js';
import type { Policy } from '../engine/policy.js';
import { inputsReferenced } from '../engine/reference.js';
import { loadData } from '../policy/load-data.js';
import { duplicateIdProblems, loadPolicies, type PolicyId } from '../policy/load-policies.js';
import { ALWAYS_BUILT, DOCUMENTS } from '../sources/documents.js';
import { packageRoot } from '../util/package-root.js';
import { suggest } from '../util/suggest.js';
import { markVerified } from '../util/verified.js';
import { detectorsOf, type ScanOptions } from './options.js';

export function builtinPolicyDir(): string {
  return join(packageRoot(), 'policies');
}
export function builtinDataDir(): string {
  return join(packageRoot(), 'data');
}

type LoadOptions = Pick<ScanOptions, 'policies' | 'data' | 'noBuiltins' | 'cwd' | 'only' | 'dataOverrides'>;

/** Loads the built-in and extra data and policies, gathering every problem. */
export function loadConfiguration(options: LoadOptions): { policies: Policy[]; data: DataDocuments; errors: Problem[] } {
  const data = loadDataConfiguration(options);
  const policies = loadPolicyConfiguration(options, data.data);
  return { policies: policies.policies, data: data.data, errors: [...data.errors, ...policies.errors] };
}

/** The built-in data documents and the extra ones, with the options' key overrides, gathering every problem. */
export function loadDataConfiguration(options: LoadOptions): { data: DataDocuments; errors: Problem[] } {
  const cwd = options.cwd ?? process.cwd();
  // Our own data is checked by the test suite (test/policy/read-json-file.test.ts): no line of it is ever named.
  const result = loadData([builtinDataDir()], cwd, { positions: false });
  // Only the built-in detector objects are marked: an org's own data replaces the list with its own.
  for (const spec of detectorsOf(result.data)) markVerified(spec);
  const extra = loadData(
    (options.data ?? []).map((d) => resolve(cwd, d)),
    cwd,
  );
  result.problems.push(...extra.problems);
  // A later source replaces top-level keys of a document, as within loadData: the extra folders, then the options' overrides.
  for (const layer of [extra.data, options.dataOverrides ?? {}])
    for (const [doc, keys] of Object.entries(layer)) result.data[doc] = { ...(result.data[doc] ?? {}), ...keys };
  return { data: result.data, errors: result.problems };
}

/** Whether a policy reads no input documents but these (and those always built). */
export function readsOnly(inputs: Iterable<string>, only: readonly DocumentName[]): boolean {
  return [...inputs].every((d) => ALWAYS_BUILT.includes(d as DocumentName) || only.includes(d as DocumentName));
}

/**
 * The built-in policies and the extra ones, compiled against the data, gathering every problem.
 * With `only`, built-in policies that read other documents are passed over (only their ids are
 * kept, for checking the ids the options name): a secrets-only pass does not compile the rest.
 */
export function loadPolicyConfiguration(options: LoadOptions, data: DataDocuments): { policies: Policy[]; errors: Problem[]; passedOver: PolicyId[] } {
  const cwd = options.cwd ?? process.cwd();
  const only = options.only;
  const builtin = options.noBuiltins
    ? { policies: [], problems: [], passedOver: [] }
    : loadPolicies([builtinPolicyDir()], {
        cwd: packageRoot(),
        origin: 'builtin',
        documents: DOCUMENTS,
        data,
        passOver: only ? (raw) => !readsOnly(inputsReferenced(raw.rules), only) : undefined,
      });
  const user = options.policies?.length
    ? loadPolicies(
        options.policies.map((p) => resolve(cwd, p)),
        { cwd, origin: 'user', documents: DOCUMENTS, data },
      )
    : { policies: [], problems: [], passedOver: [] };
  const policies = [...builtin.policies, ...user.policies];
  const errors = [...builtin.problems, ...user.problems, ...duplicateIdProblems([...builtin.passedOver, ...policies])];
  return { policies, errors, passedOver: builtin.passedOver };
}

/** Policy ids the options name that no policy has: each is a configuration error, with what was probably meant. */
export function unknownPolicyProblems(options: ScanOptions, ids: ReadonlySet<string>): Problem[] {
  const unknown = [...(options.enable ?? []), ...(options.disable ?? [])].filter((id) => !ids.has(id));
  const problems: Problem[] = unknown.map((id) => ({
    code: 'config-unknown-policy',
    file: '(options)',
    message: `no policy has the id "${id}"`,
    hint: 'run `forge-trust policies` for the list',
  }));
  for (const [id, severity] of Object.entries(options.severity ?? {})) {
    if (ids.has(id)) continue;
    const near = suggest(id, [...ids]);
    problems.push({
      code: 'config-unknown-policy',
      file: '(configuration)',
      message: `a severity override names no policy "${id}" (set to ${severity})`,
      hint: near ? `did you mean "${near}"?` : 'run `forge-trust policies` for the list',
    });
  }
  return problems;
}

/** The policies that run: enabled (or enabled by the options), not disabled, within `only`, with severity overrides. */
export function activePolicies(policies: readonly Policy[], options: ScanOptions): Policy[] {
  return policies
    .filter((p) => !options.disable?.includes(p.id) && (p.enabled || options.enable?.includes(p.id)))
    .filter((p) => !options.only || readsOnly(p.inputs, options.only))
    .map((p) => (options.severity?.[p.id] ? { ...p, severity: options.severity[p.id]! } : p));
}
