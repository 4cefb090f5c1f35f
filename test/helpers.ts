import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileRules } from '../src/engine/compile.js';
import { Evaluator } from '../src/engine/evaluate.js';
import { main } from '../src/cli/main.js';

/** A scratch folder holding the given files; removed by the returned cleanup. */
export function scratchRepo(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'forge-trust-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Compiles rules that must be valid, failing the test with the problems otherwise. */
export function compileOk(rules: unknown, documents: string[] = ['repo', 'manifest'], dataDocuments: string[] = []) {
  const { rules: compiled, problems } = compileRules(rules, ['rules'], { documents, dataDocuments });
  if (problems.length) throw new Error('unexpected problems: ' + JSON.stringify(problems, null, 2));
  return compiled;
}

export function evaluate(rules: unknown, input: Record<string, unknown>, data: Record<string, unknown> = {}, budget = 1_000_000) {
  const compiled = compileOk(rules, Object.keys(input), Object.keys(data));
  const ev = new Evaluator({ input, data, now: new Date('2026-11-23T00:00:00Z'), budget });
  return compiled.flatMap((r) => ev.evaluateRule(r));
}

/** Runs the CLI in-process, capturing what it prints and its exit status. */
export function cli(args: string[], cwd = process.cwd()): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTty: false, cwd });
  if (typeof code !== 'number') throw new Error('this command is asynchronous: use cliAsync');
  return { code, stdout, stderr };
}

export async function cliAsync(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTty: false, cwd });
  return { code, stdout, stderr };
}
