import type { ParsedManifest } from '../../model/inputs.js';
import type { Problem } from '../../model/problem.js';
import { validateManifest } from './schema-validation.js';
import type { Location } from '../../model/location.js';
import { asArray, asObject, asString, derived, where, type Raw } from './derive.js';
import { readEgress, type EgressEntry } from './egress.js';
import { readScopes, type ScopeEntry } from './scopes.js';
import { readRemotes, type RemoteEntry } from './remotes.js';
import { readModuleRefs, readWebtriggers, type ModuleRef, type WebtriggerEntry } from './modules.js';
import { defineDocument } from '../input-document.js';

export interface ManifestIssue extends Raw {
  message: string;
  /** JSON pointer of the value in the manifest, for schema errors. */
  pointer?: string;
  location: Location;
}

/** One Forge app as policies see it: normalised views beside the raw manifest. */
export interface AppManifest extends Raw {
  root: string;
  file: string;
  /** Where the whole manifest is, for findings about something missing. */
  location: Location;
  syntaxErrors: ManifestIssue[];
  /** Errors against the Forge manifest schema; empty when valid or when the YAML did not parse. */
  schemaErrors: ManifestIssue[];
  /** Whether the schema check ran (false when the manifest did not parse). */
  schemaChecked: boolean;
  id?: string;
  runtime?: string;
  egress: EgressEntry[];
  scopes: ScopeEntry[];
  remotes: RemoteEntry[];
  webtriggers: WebtriggerEntry[];
  modules: ModuleRef[];
  connectModules: ModuleRef[];
  connectKey?: string;
  sql: Array<{ key: string; dareCompliant?: boolean }>;
  providers: Raw[];
  /** The manifest as parsed, for anything the normalised views do not cover. */
  raw: Raw;
}

export interface ManifestDocument {
  apps: AppManifest[];
}

export function buildManifestDocument(apps: ParsedManifest[]): ManifestDocument {
  return { apps: apps.map(readApp) };
}

function readApp(parsed: ParsedManifest): AppManifest {
  const raw = parsed.value;
  const app = asObject(raw.app);
  const runtime = asObject(app?.runtime);
  const permissions = asObject(raw.permissions);
  const modules = asObject(raw.modules);
  const connect = asObject(app?.connect);
  const whole: Location = where(raw) ?? { file: parsed.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const syntaxErrors = parsed.problems.map(toIssue);
  // A manifest with syntax errors is validated anyway only when it parsed into something; a
  // half-read document would produce schema errors that are echoes of the syntax error.
  const schema = parsed.problems.length === 0 ? validateManifest(raw, parsed.file) : undefined;
  return derived<AppManifest>(whole, {
    root: [parsed.root],
    file: [parsed.file],
    location: [whole],
    syntaxErrors: [syntaxErrors],
    schemaErrors: [(schema ?? []).map(toIssue)],
    schemaChecked: [schema !== undefined],
    id: [asString(app?.id), app, 'id'],
    runtime: [asString(runtime?.name), runtime ?? app, runtime ? 'name' : 'runtime'],
    egress: [readEgress(permissions), permissions, 'external'],
    scopes: [readScopes(permissions), permissions, 'scopes'],
    remotes: [readRemotes(raw.remotes), raw, 'remotes'],
    webtriggers: [readWebtriggers(modules), modules, 'webtrigger'],
    modules: [readModuleRefs(modules), raw, 'modules'],
    connectModules: [readModuleRefs(raw.connectModules), raw, 'connectModules'],
    connectKey: [asString(connect?.key), connect, 'key'],
    sql: [
      asArray(modules?.sql).flatMap((s, i) => {
        const o = asObject(s);
        return o
          ? [
              derived(where(modules?.sql, i), {
                key: [asString(o.key) ?? '', o, 'key'],
                dareCompliant: [typeof o.dareCompliant === 'boolean' ? o.dareCompliant : undefined, o, 'dareCompliant'],
              }),
            ]
          : [];
      }),
      modules,
      'sql',
    ],
    providers: [asArray(asObject(raw.providers)?.auth).filter((p): p is Raw => !!asObject(p)), raw, 'providers'],
    raw: [raw],
  });
}

function toIssue(p: Problem): ManifestIssue {
  const line = p.line ?? 1;
  const column = p.column ?? 1;
  const message = [p.message, p.expected ? `expected: ${p.expected}` : '', p.hint ?? ''].filter(Boolean).join('; ');
  return derived<ManifestIssue>(undefined, {
    message: [message],
    pointer: [p.pointer],
    location: [{ file: p.file, startLine: line, startColumn: column, endLine: line, endColumn: column + 1 }],
  });
}

declare module '../../model/documents.js' {
  interface InputDocuments {
    manifest: ManifestDocument;
  }
}

export const manifestSource = defineDocument({
  name: 'manifest',
  empty: () => ({ apps: [] }),
  readsManifests: true,
  build: (c) => {
    const document = buildManifestDocument(c.apps);
    if (document.apps.some((a) => !a.schemaChecked && a.syntaxErrors.length === 0)) {
      c.problems.push({
        code: 'internal-validator',
        file: 'dist/manifest-validator.cjs',
        message: 'the precompiled Forge manifest validator is missing, so manifests were not checked against the schema',
        hint: 'run `npm run build` in the Forge Trust folder',
      });
    }
    return document;
  },
});
