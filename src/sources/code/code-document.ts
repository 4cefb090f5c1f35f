import { posix } from 'node:path';
import type { Location } from '../../model/location.js';
import { LineIndex } from '../line-index.js';
import { readText } from '../read-text.js';
import type { RepoFile } from '../walk.js';
import type { SkippedPath } from '../../model/inputs.js';
import { appForFile } from '../find-apps.js';
import { type ParsedManifest } from '../../model/inputs.js';
import { asArray, asObject, asString } from '../manifest/derive.js';
import { codeExtension, parseCode } from './parse-code.js';
import { collectBindings } from './bindings.js';
import { extractFacts, type FileFacts } from './extract-facts.js';
import { WorkBudgetExceeded } from './describe-value.js';
import { functionHandlers, type HandlerFact } from './handlers.js';
import type { SecretNameTest } from './secret-names.js';
import { defineDocument } from '../input-document.js';
import { literalSecretTest } from '../secrets/scan-secrets.js';

/** Files larger than this are not parsed (bundles and generated code); the secrets pass still reads them. */
export const MAX_PARSED_BYTES = 512 * 1024;

/** Every fact says where it is: file, Forge app root, npm project root (nearest package.json, or null) and side. */
type Placed<T> = T & { file: string; app: string; project: string | null; side: Side };
type Side = 'backend' | 'frontend';

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
  /** Files that did not parse: their checks did not run. */
  errors: Array<{ file: string; app: string; message: string; location: Location }>;
  skipped: SkippedPath[];
}

export interface CodeOptions {
  isSecretName: SecretNameTest;
  literalSecret: (text: string) => string | undefined;
  /** Steps of value description one file may take (default `WORK_BUDGET`). */
  workBudget?: number;
}

/**
 * Steps of value description one file may take. Ordinary source files take a few thousand;
 * the budget stops the rare file whose assignments fan out, so one file can never hold up a scan.
 */
export const WORK_BUDGET = 200_000;
/** A line longer than this is minified or generated code. */
const MAX_LINE = 2_000;

const FRONTEND_IMPORTS = new Set(['@forge/bridge', '@forge/react', 'react', 'react-dom']);
const BUILD_DIRS = new Set(['build', 'dist', 'out', 'public', 'www']);

/**
 * Parses every JavaScript and TypeScript file of each Forge app (never running it) and extracts
 * the facts the code policies need. Custom UI resource folders are build output: their source
 * project (the folder above `build/`) is the frontend, and the output itself is left to the
 * secrets pass.
 */
export function buildCodeDocument(root: string, files: readonly RepoFile[], apps: readonly ParsedManifest[], options: CodeOptions): CodeDocument {
  const doc: CodeDocument = emptyCodeDocument();
  const frontends = apps.flatMap((a) => resourceFolders(a));
  const paths = new Set(files.map((f) => f.path));
  const packageDirs = new Set(files.filter((f) => posix.basename(f.path) === 'package.json').map((f) => posix.dirname(f.path)));
  for (const f of files) {
    const ext = codeExtension(f.path);
    const app = ext && appForFile(apps, f.path);
    if (!ext || !app) continue;
    const output = frontends.find((r) => r.output !== r.project && isUnder(f.path, r.output));
    const before = output ? `build output of a Custom UI resource (${output.output})` : generatedByPath(f, paths);
    if (before) {
      doc.skipped.push({ path: f.path, reason: `not analysed for the code checks: ${before} (the secrets pass still reads it)` });
      continue;
    }
    const read = readText(root, f.path, MAX_PARSED_BYTES);
    if ('skipped' in read) {
      doc.skipped.push({ path: f.path, reason: read.skipped });
      continue;
    }
    const generated = generatedByText(read.text);
    if (generated) {
      doc.skipped.push({ path: f.path, reason: `not analysed for the code checks: ${generated} (the secrets pass still reads it)` });
      continue;
    }
    const inFrontend = frontends.some((r) => isUnder(f.path, r.project));
    addFileFacts(doc, { path: f.path, app: app.root, project: nearestProject(f.path, packageDirs), text: read.text, ext, inFrontend }, options);
  }
  doc.handlers = functionHandlers(
    apps,
    doc.imports,
    doc.files.map((f) => f.path),
  );
  return doc;
}

/** Generated or vendored code, by its name or what sits beside it: not worth analysing, and costly to. */
function generatedByPath(f: RepoFile, paths: ReadonlySet<string>): string | undefined {
  if (f.size > MAX_PARSED_BYTES) return `larger than ${MAX_PARSED_BYTES / 1024} KiB`;
  if (/\.min\.[cm]?js$/.test(f.path)) return 'minified';
  if (paths.has(`${f.path}.map`)) return 'generated (a source map sits beside it)';
  if (/(^|\/)(vendor|node_modules|bower_components)\//.test(f.path)) return 'vendored';
  return undefined;
}

/** Bundles and minified code, by their text: a `/*!` licence banner over long lines, or any very long line. */
function generatedByText(text: string): string | undefined {
  let longest = 0;
  for (let at = 0; at < text.length;) {
    const stop = text.indexOf('\n', at);
    const end = stop < 0 ? text.length : stop;
    longest = Math.max(longest, end - at);
    at = end + 1;
  }
  if (longest > MAX_LINE) return `minified (a line of ${longest} characters)`;
  if (/^\s*\/\*!/.test(text) && longest > 500) return 'a bundle (a /*! licence banner over long lines)';
  return undefined;
}

interface CodeFile {
  path: string;
  app: string;
  project: string | null;
  text: string;
  ext: NonNullable<ReturnType<typeof codeExtension>>;
  /** Inside a Custom UI project; a file elsewhere is frontend code when it imports a frontend module. */
  inFrontend: boolean;
}

/** Parses one file and adds its facts; a file that does not parse, or that exceeds the work budget, is said to. */
function addFileFacts(doc: CodeDocument, file: CodeFile, options: CodeOptions): void {
  const lines = new LineIndex(file.path, file.text);
  const parsed = parseCode(file.text, file.ext);
  if ('error' in parsed) {
    doc.errors.push({ file: file.path, app: file.app, message: parsed.error, location: lines.range(parsed.offset, parsed.offset + 1) });
    return;
  }
  const bindings = collectBindings(parsed.ast);
  const budget = options.workBudget ?? WORK_BUDGET;
  let facts: FileFacts;
  try {
    facts = extractFacts(parsed.ast, {
      bindings,
      lines,
      isSecretName: options.isSecretName,
      literalSecret: options.literalSecret,
      work: { left: budget },
      memo: new Map(),
    });
  } catch (e) {
    if (!(e instanceof WorkBudgetExceeded)) throw e;
    doc.skipped.push({
      path: file.path,
      reason: `not analysed for the code checks: following its values takes more than ${budget} steps (generated or unusually tangled code)`,
    });
    return;
  }
  const side: Side = file.inFrontend || bindings.importFacts.some((i) => FRONTEND_IMPORTS.has(i.source)) ? 'frontend' : 'backend';
  const place = <T>(x: T): Placed<T> => ({ ...x, file: file.path, app: file.app, project: file.project, side });
  doc.files.push({ path: file.path, app: file.app, project: file.project, side });
  for (const i of bindings.importFacts)
    doc.imports.push(place({ source: i.source, imported: i.imported, local: i.local, location: lines.range(i.start, i.end) }));
  doc.calls.push(...facts.calls.map(place));
  doc.requests.push(...facts.requests.map(place));
  doc.headers.push(...facts.headers.map(place));
  doc.resolverReturns.push(...facts.resolverReturns.map(place));
  doc.envReads.push(...facts.envReads.map(place));
  doc.verifications.push(...facts.verifications.map(place));
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
    const doc = buildCodeDocument(c.root, c.walk.files, c.apps, { isSecretName: c.isSecretName, literalSecret: literalSecretTest(c.detectors) });
    // The report's `skipped` says which files the code checks did not analyse, and why.
    c.skipped.push(...doc.skipped);
    return doc;
  },
});
