import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { Location } from '../../model/location.js';
import { readText } from '../read-text.js';
import type { RepoFile } from '../walk.js';
import { parseYamlDocument } from '../yaml-document.js';
import { parseJsonDocument } from '../json-document.js';
import { childLocation } from '../positions.js';
import { asArray, asObject } from '../manifest/derive.js';
import { mask } from '../secrets/mask.js';
import type { SecretNameTest } from '../code/secret-names.js';
import { shellCommands } from './shell-words.js';
import { isFillerToken, isPlaceholderValue, looksLikeName } from '../../util/placeholder.js';
import { defineDocument } from '../input-document.js';

type Kind = 'workflow' | 'script' | 'package-json' | 'docs';

/** A command a repository runs or tells people to run. Only its shape: no argument values. */
export interface CommandFact {
  [key: string]: unknown;
  file: string;
  kind: Kind;
  /** The program and up to two sub-commands (`forge variables set`), lower-case words only. */
  words: string[];
  /** Option names given (`--encrypt`, `-e`), without their values. */
  flags: string[];
  /** For `forge variables set`: the variable's name and whether it says it holds a secret. */
  variable?: { name: string; secretName: boolean };
  location: Location;
}

/** An environment variable or action input given a value in a workflow or script. */
export interface EnvFact {
  [key: string]: unknown;
  file: string;
  kind: Kind;
  name: string;
  /** True when the value is written out (not `${{ secrets.X }}`, not `$VAR`, not empty). */
  literal: boolean;
  /** The value is one documentation writes in place of a real one (`<your-token>`, `xxxx`, `changeme`). */
  placeholder: boolean;
  secretName: boolean;
  preview: string;
  length: number;
  hash: string;
  location: Location;
}

export interface CommandsDocument {
  commands: CommandFact[];
  env: EnvFact[];
}

const SHELL_FILES = /(?:\.(?:sh|bash|zsh)$|(?:^|\/)(?:Makefile|Dockerfile|Procfile)$|^\.husky\/[^/]+$)/;
const WORKFLOW_FILES = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const SHELL_FENCE = /^\s*(`{3,}|~{3,})\s*(sh|bash|shell|console|zsh|shell-session)?\s*$/;
const MAX_BYTES = 1024 * 1024;

/**
 * Reads the commands a repository runs (shell scripts, workflow `run` steps, package.json
 * scripts) or documents (shell blocks in Markdown), and the environment values workflows set.
 */
export function buildCommandsDocument(root: string, files: readonly RepoFile[], isSecretName: SecretNameTest): CommandsDocument {
  const doc: CommandsDocument = { commands: [], env: [] };
  for (const f of files) {
    const kind: Kind | undefined = WORKFLOW_FILES.test(f.path)
      ? 'workflow'
      : SHELL_FILES.test(f.path)
        ? 'script'
        : posix.basename(f.path) === 'package.json'
          ? 'package-json'
          : /\.(?:md|mdx)$/i.test(f.path)
            ? 'docs'
            : undefined;
    if (!kind || f.size > MAX_BYTES) continue;
    const read = readText(root, f.path, MAX_BYTES);
    if ('skipped' in read) continue;
    const add = (line: string, lineNo: number, column = 1) => addLine(doc, f.path, kind, line, lineNo, column, isSecretName);
    if (kind === 'script') read.text.split('\n').forEach((l, i) => add(l.replace(/^\s*RUN\s+/, ''), i + 1));
    else if (kind === 'docs') docsBlocks(read.text, add);
    else if (kind === 'package-json') packageScripts(read.text, f.path, add);
    else workflow(read.text, f.path, doc, add, isSecretName);
  }
  return doc;
}

function addLine(doc: CommandsDocument, file: string, kind: Kind, line: string, lineNo: number, column: number, isSecretName: SecretNameTest) {
  const text = line.replace(/^\s*\$\s+/, '');
  if (!text.trim() || text.trim().startsWith('#')) return;
  const location = { file, startLine: lineNo, startColumn: column, endLine: lineNo, endColumn: column + line.length };
  for (const c of shellCommands(text)) {
    // A value the line cuts short (`MNEMONIC=stable during …`) is an example, whatever its first word.
    const cut = /…|\.\.\.\s*$/.test(text);
    for (const a of c.assignments) {
      // `KEY=$(cat key.pem)` reads the value at run time; shell-quote leaves only a fragment of it.
      const substituted = text.includes(`${a.name}=$(`) || text.includes(`${a.name}=\`$`);
      doc.env.push(envFact(file, kind, a.name, cut || substituted ? `${a.value} $(…)` : a.value, location, isSecretName));
    }
    if (!c.words.length) continue;
    const words: string[] = [];
    for (const w of c.words) {
      if (words.length >= 3 || !/^[a-z][a-z0-9._-]{0,40}$/.test(w)) break;
      words.push(w);
    }
    // Option names only: `--token=…` loses its value, and `-pSECRET` (a value glued to a short
    // option, as mysql takes passwords) is cut to `-p`.
    const flags = c.words.flatMap((w) => (/^--[A-Za-z]/.test(w) ? [w.replace(/=.*$/s, '')] : /^-[A-Za-z]/.test(w) ? [w.slice(0, 2)] : []));
    if (words.length) doc.commands.push({ file, kind, words, flags, location, ...variableOf(words, c.words, isSecretName) });
  }
}

/** Options of `forge variables set` that take a value (`-e production`), so the value is not the variable's name. */
const VALUE_OPTIONS = new Set(['-e', '--environment']);

function variableOf(words: string[], all: string[], isSecretName: SecretNameTest): Pick<CommandFact, 'variable'> {
  if (words.join(' ') !== 'forge variables set') return {};
  const rest = all.slice(3);
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!;
    if (w.startsWith('-')) {
      if (VALUE_OPTIONS.has(w)) i++;
      continue;
    }
    return { variable: { name: w, secretName: isSecretName(w) } };
  }
  return {};
}

function envFact(file: string, kind: Kind, name: string, value: string, location: Location, isSecretName: SecretNameTest): EnvFact {
  const literal = value.trim() !== '' && !value.includes('${{') && !/\$[A-Za-z0-9_{(@*#?!]/.test(value);
  return {
    file,
    kind,
    name,
    literal,
    // Placeholders, filler in a token format, and values that are names, paths or URLs
    // (`./keys/deploy.pem`, `https://…`) say where a secret comes from, not what it is.
    placeholder: isPlaceholderValue(value) || isFillerToken(value) || looksLikeName(value.trim().replace(/^["']|["']$/g, '')),
    secretName: isSecretName(name),
    preview: mask(value),
    length: value.length,
    hash: createHash('sha256').update(value).digest('hex').slice(0, 16),
    location,
  };
}

function docsBlocks(text: string, add: (line: string, lineNo: number) => void) {
  let fence: string | undefined;
  let shell = false;
  text.split('\n').forEach((line, i) => {
    const m = SHELL_FENCE.exec(line);
    if (fence === undefined && (m || /^\s*(`{3,}|~{3,})/.test(line))) {
      fence = (m?.[1] ?? /^\s*(`{3,}|~{3,})/.exec(line)![1])!;
      shell = Boolean(m);
    } else if (fence !== undefined && line.trim().startsWith(fence)) fence = undefined;
    else if (fence !== undefined && shell) add(line, i + 1);
  });
}

function packageScripts(text: string, file: string, add: (line: string, lineNo: number, column?: number) => void) {
  const parsed = parseJsonDocument(text, file);
  const scripts = asObject(asObject(parsed.value)?.scripts);
  for (const [name, value] of Object.entries(scripts ?? {})) {
    const at = childLocation(scripts, name);
    if (typeof value === 'string' && at) add(value, at.startLine, at.startColumn);
  }
}

/** `run` steps line by line, and the `env` and `with` maps at every level. */
function workflow(text: string, file: string, doc: CommandsDocument, add: (line: string, lineNo: number) => void, isSecretName: SecretNameTest) {
  const parsed = parseYamlDocument(text, file);
  const top = asObject(parsed.value);
  if (!top) return;
  const rawLines = text.split('\n');
  const envMap = (holder: Record<string, unknown> | undefined, key: 'env' | 'with') => {
    const map = asObject(holder?.[key]);
    for (const [name, value] of Object.entries(map ?? {})) {
      const at = childLocation(map, name);
      if (at && (typeof value === 'string' || typeof value === 'number')) doc.env.push(envFact(file, 'workflow', name, String(value), at, isSecretName));
    }
  };
  envMap(top, 'env');
  for (const job of Object.values(asObject(top.jobs) ?? {})) {
    const j = asObject(job);
    envMap(j, 'env');
    for (const step of asArray(j?.steps)) {
      const s = asObject(step);
      envMap(s, 'env');
      envMap(s, 'with');
      const at = childLocation(s, 'run');
      if (!at || typeof s?.run !== 'string') continue;
      const first = rawLines[at.startLine - 1]?.slice(at.startColumn - 1) ?? '';
      if (/^[|>]/.test(first)) {
        // A block scalar: its lines follow the indicator line.
        for (let n = at.startLine + 1; n <= Math.min(at.endLine, rawLines.length); n++) add(rawLines[n - 1]!, n);
      } else s.run.split('\n').forEach((l, i) => add(l, at.startLine + i));
    }
  }
}

declare module '../../model/documents.js' {
  interface InputDocuments {
    commands: CommandsDocument;
  }
}

export const commandsSource = defineDocument({
  name: 'commands',
  empty: () => ({ commands: [], env: [] }),
  build: (c) => buildCommandsDocument(c.root, c.walk.files, c.isSecretName),
});
