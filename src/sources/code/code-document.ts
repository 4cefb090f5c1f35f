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
}

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
  const packageDirs = new Set(files.filter((f) => posix.basename(f.path) === 'package.json').map((f) => posix.dirname(f.path)));
  for (const f of files) {
    const ext = codeExtension(f.path);
    const app = ext && appForFile(apps, f.path);
    if (!ext || !app) continue;
    if (frontends.some((r) => r.output !== r.project && isUnder(f.path, r.output))) continue;
    if (f.size > MAX_PARSED_BYTES || /\.min\.[cm]?js$/.test(f.path)) {
      doc.skipped.push({
        path: f.path,
        reason: `not parsed for the code checks: ${f.size > MAX_PARSED_BYTES ? `larger than ${MAX_PARSED_BYTES / 1024} KiB` : 'minified'}`,
      });
      continue;
    }
    const read = readText(root, f.path, MAX_PARSED_BYTES);
    if ('skipped' in read) {
      doc.skipped.push({ path: f.path, reason: read.skipped });
      continue;
    }
    const lines = new LineIndex(f.path, read.text);
    const parsed = parseCode(read.text, ext);
    if ('error' in parsed) {
      doc.errors.push({ file: f.path, app: app.root, message: parsed.error, location: lines.range(parsed.offset, parsed.offset + 1) });
      continue;
    }
    const bindings = collectBindings(parsed.ast);
    const importsFrontend = bindings.importFacts.some((i) => FRONTEND_IMPORTS.has(i.source));
    const side: Side = importsFrontend || frontends.some((r) => isUnder(f.path, r.project)) ? 'frontend' : 'backend';
    const project = nearestProject(f.path, packageDirs);
    const place = <T>(x: T): Placed<T> => ({ ...x, file: f.path, app: app.root, project, side });
    doc.files.push({ path: f.path, app: app.root, project, side });
    for (const i of bindings.importFacts)
      doc.imports.push(place({ source: i.source, imported: i.imported, local: i.local, location: lines.range(i.start, i.end) }));
    const facts = extractFacts(parsed.ast, { bindings, lines, isSecretName: options.isSecretName, literalSecret: options.literalSecret });
    doc.calls.push(...facts.calls.map(place));
    doc.requests.push(...facts.requests.map(place));
    doc.headers.push(...facts.headers.map(place));
    doc.resolverReturns.push(...facts.resolverReturns.map(place));
    doc.envReads.push(...facts.envReads.map(place));
    doc.verifications.push(...facts.verifications.map(place));
  }
  doc.handlers = functionHandlers(
    apps,
    doc.imports,
    doc.files.map((f) => f.path),
  );
  return doc;
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
  build: (c) => buildCodeDocument(c.root, c.walk.files, c.apps, { isSecretName: c.isSecretName, literalSecret: literalSecretTest(c.detectors) }),
});
