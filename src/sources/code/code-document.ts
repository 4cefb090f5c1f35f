import { globMatcher } from '../../util/glob-matcher.js';
import { posix } from 'node:path';
import type { Location } from '../../model/location.js';
import type { RepoFile } from '../walk.js';
import type { SkippedPath } from '../../model/inputs.js';
import { appForFile } from '../find-apps.js';
import { type ParsedManifest } from '../../model/inputs.js';
import { asArray, asObject, asString } from '../manifest/derive.js';
import { codeExtension } from './parse-code.js';
import type { FileFacts } from './extract-facts.js';
import { functionHandlers, type HandlerFact } from './handlers.js';
import { entryPoints, type EntryPointFact } from './entry-points.js';
import type { RequestInputFacts } from './request-input.js';
import type { ValueFact } from './describe-value.js';
import { resolveImportedValue, type ImportContext } from './imported-values.js';
import { defineDocument } from '../input-document.js';
import { literalSecretTest } from '../secrets/scan-secrets.js';
import { analyseFile, MAX_PARSED_BYTES, type CodeCandidate, type FileAnalysis, type FileAnalysisOptions, type Side } from './file-facts.js';

export { MAX_PARSED_BYTES, WORK_BUDGET } from './file-facts.js';

/** Every fact says where it is: file, Forge app root, npm project root (nearest package.json, or null) and side. */
type Placed<T> = T & { file: string; app: string; project: string | null; side: Side };

/** The `code` input document: facts about how each Forge app's JavaScript and TypeScript handle secrets. */
export interface CodeDocument {
  files: Array<{ path: string; app: string; project: string | null; side: Side }>;
  imports: Array<Placed<{ source: string; imported: string; local: string; location: Location }>>;
  calls: Array<Placed<FileFacts['calls'][number]>>;
  requests: Array<Placed<FileFacts['requests'][number]>>;
  headers: Array<Placed<FileFacts['headers'][number]>>;
  resolverReturns: Array<Placed<FileFacts['resolverReturns'][number]>>;
  envReads: Array<Placed<FileFacts['envReads'][number]>>;
  /** Calls that verify a caller (HMAC, signature, JWT, constant-time comparison). */
  verifications: Array<Placed<FileFacts['verifications'][number]>>;
  /** Each function module's handler file and the files it imports (see `functionHandlers`). */
  handlers: HandlerFact[];
  /** Every product request (`requestJira`…, from backend or frontend), with its method and route, for the scope checks. */
  productRequests: Array<Placed<{ client: string; product: string; method: string; asApp: boolean; route?: string; location: Location }>>;
  /** Calls given what a user sends to a resolver (`payload`), by argument: the prototype pollution check's sinks. */
  inputCalls: Array<Placed<RequestInputFacts['inputCalls'][number]>>;
  /** Properties written under a key the user chose (`target[payload.key] = …`), and whether the resolver checks for `__proto__` and the like. */
  inputKeyWrites: Array<Placed<RequestInputFacts['inputKeyWrites'][number]>>;
  /** Functions invoked from outside the code (by a user, or by another system), with what they reach. */
  entryPoints: EntryPointFact[];
  /** Files that did not parse: their checks did not run. */
  errors: Array<{ file: string; app: string; message: string; location: Location }>;
  skipped: SkippedPath[];
}

export interface CodeOptions extends FileAnalysisOptions {
  /** Globs of test files: they are not deployed with the app, so their code is not analysed. */
  testPaths?: readonly string[];
}

const BUILD_DIRS = new Set(['build', 'dist', 'out', 'public', 'www']);

/**
 * Parses every JavaScript and TypeScript file of each Forge app (never running it) and extracts
 * the facts the code policies need. Custom UI resource folders are build output: their source
 * project (the folder above `build/`) is the frontend, and the output itself is left to the
 * secrets pass.
 */
export function buildCodeDocument(root: string, files: readonly RepoFile[], apps: readonly ParsedManifest[], options: CodeOptions): CodeDocument {
  const { candidates, skipped } = codeCandidates(files, apps, options);
  const results = candidates.map((c) => analyseFile(root, c, options));
  return assemble(candidates, results, skipped, apps, new Map(files.map((f, i) => [f.path, i])));
}

/** The files to analyse, and those left out by their path with the reason. */
function codeCandidates(
  files: readonly RepoFile[],
  apps: readonly ParsedManifest[],
  options: CodeOptions,
): { candidates: CodeCandidate[]; skipped: SkippedPath[] } {
  const frontends = apps.flatMap((a) => resourceFolders(a));
  const paths = new Set(files.map((f) => f.path));
  const packageDirs = new Set(files.filter((f) => posix.basename(f.path) === 'package.json').map((f) => posix.dirname(f.path)));
  const isTest = options.testPaths?.length ? globMatcher(options.testPaths) : () => false;
  const candidates: CodeCandidate[] = [];
  const skipped: SkippedPath[] = [];
  for (const f of files) {
    const ext = codeExtension(f.path);
    const app = ext && appForFile(apps, f.path);
    if (!ext || !app) continue;
    const output = frontends.find((r) => r.output !== r.project && isUnder(f.path, r.output));
    const before = output
      ? `build output of a Custom UI resource (${output.output})`
      : isTest(f.path)
        ? 'a test, fixture or mock file, not deployed with the app'
        : generatedByPath(f, paths);
    if (before)
      skipped.push({
        path: f.path,
        reason: `not analysed for the code checks: ${before} (the secrets pass still reads it)`,
        ...(output || isTest(f.path) ? { covered: true } : {}),
      });
    else
      candidates.push({
        path: f.path,
        app: app.root,
        project: nearestProject(f.path, packageDirs),
        ext,
        size: f.size,
        inFrontend: frontends.some((r) => isUnder(f.path, r.project)),
      });
  }
  return { candidates, skipped };
}

/** Generated or vendored code, by its name or what sits beside it: not worth analysing, and costly to. */
function generatedByPath(f: RepoFile, paths: ReadonlySet<string>): string | undefined {
  if (f.size > MAX_PARSED_BYTES) return `larger than ${MAX_PARSED_BYTES / 1024} KiB`;
  if (/\.min\.[cm]?js$/.test(f.path)) return 'minified';
  if (paths.has(`${f.path}.map`)) return 'generated (a source map sits beside it)';
  if (/(^|\/)(vendor|node_modules|bower_components)\//.test(f.path)) return 'vendored';
  return undefined;
}

/** The document from each candidate's analysis, in the candidates' order. */
function assemble(
  candidates: readonly CodeCandidate[],
  results: readonly FileAnalysis[],
  skipped: SkippedPath[],
  apps: readonly ParsedManifest[],
  order: ReadonlyMap<string, number>,
): CodeDocument {
  const doc: CodeDocument = emptyCodeDocument();
  doc.skipped.push(...skipped);
  candidates.forEach((file, i) => {
    const r = results[i]!;
    if (r.kind === 'skipped') doc.skipped.push({ path: file.path, reason: r.reason });
    else if (r.kind === 'error') doc.errors.push({ file: file.path, app: file.app, message: r.message, location: r.location });
    else addFacts(doc, file, r);
  });
  // The walk's order, whichever list a file's reason came from.
  doc.skipped.sort((a, b) => (order.get(a.path) ?? -1) - (order.get(b.path) ?? -1));
  // What the cross-file analyses read, per analysed file.
  const analysed = candidates.flatMap((c, i) => {
    const r = results[i]!;
    return r.kind === 'facts' ? [{ path: c.path, r }] : [];
  });
  const files = new Set(analysed.map((a) => a.path));
  const sourcesOf = new Map(analysed.map((a) => [a.path, a.r.imports.map((i) => i.source)]));
  doc.handlers = functionHandlers(apps, sourcesOf, files);
  doc.entryPoints = entryPoints(apps, doc.handlers, new Map(analysed.map((a) => [a.path, a.r.units])), sourcesOf);
  resolveImportedValues(doc, { exported: new Map(analysed.map((a) => [a.path, a.r.exported])), sourcesOf, files });
  return doc;
}

/** Values imported from the app's other files, put in place of their names (see `resolveImportedValue`). */
function resolveImportedValues(doc: CodeDocument, c: ImportContext): void {
  const r = (v: ValueFact, file: string) => resolveImportedValue(v, file, c);
  for (const h of doc.headers) h.value = r(h.value, h.file);
  for (const x of doc.resolverReturns) x.value = r(x.value, x.file);
  for (const call of doc.calls) call.args = call.args.map((a) => r(a, call.file));
  for (const q of doc.requests) {
    if (q.target) q.target = r(q.target, q.file);
    q.headers = Object.fromEntries(Object.entries(q.headers).map(([k, v]) => [k, r(v, q.file)]));
  }
}

function addFacts(doc: CodeDocument, file: CodeCandidate, r: Extract<FileAnalysis, { kind: 'facts' }>): void {
  const place = <T>(x: T): Placed<T> => ({ ...x, file: file.path, app: file.app, project: file.project, side: r.side });
  doc.files.push({ path: file.path, app: file.app, project: file.project, side: r.side });
  doc.imports.push(...r.imports.map(place));
  doc.calls.push(...r.facts.calls.map(place));
  doc.requests.push(...r.facts.requests.map(place));
  doc.headers.push(...r.facts.headers.map(place));
  doc.resolverReturns.push(...r.facts.resolverReturns.map(place));
  doc.envReads.push(...r.facts.envReads.map(place));
  doc.verifications.push(...r.facts.verifications.map(place));
  doc.productRequests.push(...r.units.productRequests.map(({ unit: _unit, ...q }) => place(q)));
  doc.inputCalls.push(...r.input.inputCalls.map(place));
  doc.inputKeyWrites.push(...r.input.inputKeyWrites.map(place));
}

const emptyCodeDocument = (): CodeDocument => ({
  files: [],
  imports: [],
  calls: [],
  requests: [],
  headers: [],
  resolverReturns: [],
  envReads: [],
  verifications: [],
  handlers: [],
  entryPoints: [],
  productRequests: [],
  inputCalls: [],
  inputKeyWrites: [],
  errors: [],
  skipped: [],
});

function nearestProject(file: string, packageDirs: ReadonlySet<string>): string | null {
  let dir = posix.dirname(file);
  for (;;) {
    if (packageDirs.has(dir)) return dir;
    if (dir === '.' || dir === '/' || dir === '') return null;
    dir = posix.dirname(dir);
  }
}

const isUnder = (path: string, folder: string) => folder === '.' || path.startsWith(folder + '/');

/** Each Custom UI resource: its build output folder and the project folder that holds its source. */
function resourceFolders(app: ParsedManifest): Array<{ output: string; project: string }> {
  return asArray(app.value.resources).flatMap((r) => {
    const path = asString(asObject(r)?.path);
    if (!path) return [];
    const output = posix.normalize(posix.join(app.root, path)).replace(/\/$/, '');
    let project = output;
    while (BUILD_DIRS.has(posix.basename(project)) && project.includes('/')) project = posix.dirname(project);
    return [{ output, project }];
  });
}

declare module '../../model/documents.js' {
  interface InputDocuments {
    code: CodeDocument;
  }
}

export const codeSource = defineDocument({
  name: 'code',
  empty: emptyCodeDocument,
  readsManifests: true,
  build: (c) => {
    const doc = buildCodeDocument(c.root, c.walk.files, c.apps, {
      isSecretName: c.isSecretName,
      literalSecret: literalSecretTest(c.detectors),
      testPaths: c.options.testPaths,
    });
    // The report's `skipped` says which files the code checks did not analyse, and why.
    c.skipped.push(...doc.skipped);
    return doc;
  },
});
