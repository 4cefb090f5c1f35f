import type { Location } from '../../model/location.js';
import { isFillerToken, isPlaceholderValue } from '../../util/placeholder.js';
import { defineDocument } from '../input-document.js';
import { readText } from '../read-text.js';
import type { RepoFile } from '../walk.js';

/** What one `KEY=value` line of an environment file sets, without the value itself. */
export interface EnvEntry {
  key: string;
  /** The key names a secret (`DB_PASSWORD`, `STRIPE_SECRET_KEY`), by the `secret-names` data. */
  secretName: boolean;
  /** `set` for a real value; `empty`, `reference` (`${X}`, `$(…)`), `placeholder` (`<token>`, `changeme`) or `flag` (booleans, numbers) otherwise. */
  value: 'set' | 'empty' | 'reference' | 'placeholder' | 'flag';
  /** Where the value starts (the key's line). */
  location: Location;
}

export interface EnvFile {
  path: string;
  /** Tracked by git (or, without a repository, present in the checkout). */
  committed: boolean;
  entries: EnvEntry[];
}

export interface EnvDocument {
  files: EnvFile[];
}

declare module '../../model/documents.js' {
  interface InputDocuments {
    env: EnvDocument;
  }
}

/** `.env`, `.env.local`, `.env.production`, `app.env`: dotenv files by name. */
const ENV_FILE = /(^|\/)(\.env(\.[^/]+)?|[^/]+\.env)$/;
const LINE = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\s*=\s*)(.*)$/;

/** The value of a dotenv line, unquoted, with its column, and without a trailing comment. */
function valueOf(raw: string): { text: string; offset: number } {
  const quoted = /^(["'`])(.*?)\1/.exec(raw);
  if (quoted) return { text: quoted[2]!, offset: 1 };
  return { text: raw.replace(/\s+#.*$/, '').trim(), offset: 0 };
}

function classify(value: string): EnvEntry['value'] {
  if (value === '') return 'empty';
  if (/^\$\{[^}]*\}$|^\$[A-Za-z_]\w*$|^\$\(/.test(value)) return 'reference';
  if (/^(true|false|yes|no|on|off|null|none|\d+(\.\d+)?)$/i.test(value)) return 'flag';
  return isPlaceholderValue(value) || isFillerToken(value) ? 'placeholder' : 'set';
}

/** Parses one environment file into its entries (keys, whether each names a secret, what kind of value it has). */
export function parseEnvFile(path: string, text: string, isSecretName: (name: string) => boolean): EnvEntry[] {
  const entries: EnvEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = LINE.exec(line);
    if (!m || line.trimStart().startsWith('#')) return;
    const { text: value, offset } = valueOf(m[4]!);
    const column = m[1]!.length + m[2]!.length + m[3]!.length + offset + 1;
    entries.push({
      key: m[2]!,
      secretName: isSecretName(m[2]!),
      value: classify(value),
      location: { file: path, startLine: i + 1, startColumn: column, endLine: i + 1, endColumn: column + value.length },
    });
  });
  return entries;
}

const MAX_ENV_BYTES = 1024 * 1024;

/** The `env` document: every environment file of the checkout, key by key, values never kept. */
export const envSource = defineDocument({
  name: 'env',
  empty: () => ({ files: [] }),
  build: (c) => ({
    files: c.walk.files
      .filter((f: RepoFile) => ENV_FILE.test(f.path) && f.size <= MAX_ENV_BYTES)
      .flatMap((f: RepoFile) => {
        const read = readText(c.root, f.path, MAX_ENV_BYTES);
        return 'text' in read ? [{ path: f.path, committed: f.committed, entries: parseEnvFile(f.path, read.text, c.isSecretName) }] : [];
      }),
  }),
});
