import { defaultExport, loadPackage } from './package-root.js';

type Check = (pattern: string, options: { limit: number }) => boolean;
let check: Check | undefined;

/**
 * safe-regex2's check for patterns that backtrack catastrophically (`(a+)+`), loaded on first
 * use: only patterns an org writes are checked at run time (ours are checked by the tests), so a
 * scan with none never loads it.
 */
export function safeRegex(): Check {
  return (check ??= defaultExport(loadPackage<Check | { default: Check }>('safe-regex.cjs', 'safe-regex2')));
}
