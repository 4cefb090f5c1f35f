import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Microsoft's SARIF validator (`sarif-multitool validate`, the one the SARIF spec's authors keep):
 * the rules a JSON schema cannot state, such as SARIF1002 (a `uri` must be a valid URI reference).
 * Returns its error-level results as `rule: where: value`.
 */
export function sarifValidatorErrors(file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'forge-trust-sarif-'));
  try {
    const out = join(dir, 'validation.sarif');
    execFileSync(resolve('node_modules/.bin/sarif-multitool'), ['validate', file, '--output', out], { stdio: 'pipe' });
    const log = JSON.parse(readFileSync(out, 'utf8').replace(/^\uFEFF/, '')) as {
      runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { arguments?: string[] } }> }>;
    };
    return (log.runs[0]?.results ?? []).filter((r) => (r.level ?? 'warning') === 'error').map((r) => `${r.ruleId}: ${(r.message.arguments ?? []).join(': ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
