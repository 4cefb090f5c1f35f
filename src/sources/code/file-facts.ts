import type { Location } from '../../model/location.js';
import { LineIndex } from '../line-index.js';
import { readText } from '../read-text.js';
import { parseCode } from './parse-code.js';
import { collectBindings } from './bindings.js';
import { extractFacts, type FileFacts } from './extract-facts.js';
import { describe, WorkBudgetExceeded, type DescribeContext, type ValueFact } from './describe-value.js';
import type { File, Node } from '@babel/types';
import type { SecretNameTest } from './secret-names.js';
import { functionUnits, type FileUnits } from './function-units.js';
import { requestInputFacts, type RequestInputFacts } from './request-input.js';

/** Files larger than this are not parsed (bundles and generated code); the secrets pass still reads them. */
export const MAX_PARSED_BYTES = 512 * 1024;

/**
 * Steps of value description one file may take. Ordinary source files take a few thousand;
 * the budget stops the rare file whose assignments fan out, so one file can never hold up a scan.
 */
export const WORK_BUDGET = 200_000;
/** A line longer than this is minified or generated code. */
const MAX_LINE = 2_000;

const FRONTEND_IMPORTS = new Set(['@forge/bridge', '@forge/react', 'react', 'react-dom']);

export type Side = 'backend' | 'frontend';

/** A file the code checks are to analyse, and what is known of it before it is read. */
export interface CodeCandidate {
  path: string;
  app: string;
  project: string | null;
  ext: string;
  size: number;
  /** Inside a Custom UI project; a file elsewhere is frontend code when it imports a frontend module. */
  inFrontend: boolean;
}

export interface FileAnalysisOptions {
  isSecretName: SecretNameTest;
  literalSecret: (text: string) => string | undefined;
  /** Steps of value description one file may take (default `WORK_BUDGET`). */
  workBudget?: number;
}

/** What analysing one file gave: its facts, why it was not analysed, or where it does not parse. Plain data, so a worker thread can send it. */
export type FileAnalysis =
  | {
      kind: 'facts';
      side: Side;
      imports: Array<{ source: string; imported: string; local: string; location: Location }>;
      facts: FileFacts;
      units: FileUnits;
      input: RequestInputFacts;
      /** What the file exports as constants (`export const secret = '…'`), described, for the files that import them. */
      exported: Record<string, ValueFact>;
    }
  | { kind: 'skipped'; reason: string }
  | { kind: 'error'; message: string; location: Location };

/** Reads, parses and analyses one file (never running it). */
export function analyseFile(root: string, file: CodeCandidate, options: FileAnalysisOptions): FileAnalysis {
  const read = readText(root, file.path, MAX_PARSED_BYTES);
  if ('skipped' in read) return { kind: 'skipped', reason: read.skipped };
  const generated = generatedByText(read.text);
  if (generated) return { kind: 'skipped', reason: `not analysed for the code checks: ${generated} (the secrets pass still reads it)` };
  const lines = new LineIndex(file.path, read.text);
  const parsed = parseCode(read.text, file.ext);
  if ('error' in parsed) return { kind: 'error', message: parsed.error, location: lines.range(parsed.offset, parsed.offset + 1) };
  const bindings = collectBindings(parsed.ast);
  const budget = options.workBudget ?? WORK_BUDGET;
  let facts: FileFacts;
  let exported: Record<string, ValueFact>;
  const verifiedNodes = new Set<Node>();
  try {
    const ctx = { bindings, lines, isSecretName: options.isSecretName, literalSecret: options.literalSecret, work: { left: budget }, memo: new Map() };
    facts = extractFacts(parsed.ast, ctx, verifiedNodes);
    exported = exportedConstants(parsed.ast, ctx);
  } catch (e) {
    if (!(e instanceof WorkBudgetExceeded)) throw e;
    return {
      kind: 'skipped',
      reason: `not analysed for the code checks: following its values takes more than ${budget} steps (generated or unusually tangled code)`,
    };
  }
  const side: Side = file.inFrontend || bindings.importFacts.some((i) => FRONTEND_IMPORTS.has(i.source)) ? 'frontend' : 'backend';
  const imports = bindings.importFacts.map((i) => ({ source: i.source, imported: i.imported, local: i.local, location: lines.range(i.start, i.end) }));
  return {
    kind: 'facts',
    side,
    imports,
    facts,
    units: functionUnits(parsed.ast, bindings, lines, verifiedNodes),
    exported,
    input: requestInputFacts(parsed.ast, bindings, lines),
  };
}

/** `export const name = value` at the top level: each value described. */
function exportedConstants(ast: File, ctx: DescribeContext): Record<string, ValueFact> {
  const out: Record<string, ValueFact> = {};
  for (const statement of ast.program.body) {
    const d = statement.type === 'ExportNamedDeclaration' ? statement.declaration : undefined;
    if (d?.type !== 'VariableDeclaration' || d.kind !== 'const') continue;
    for (const v of d.declarations) if (v.id.type === 'Identifier' && v.init) out[v.id.name] = describe(v.init, ctx);
  }
  return out;
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
