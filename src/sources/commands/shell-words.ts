import { parse } from 'shell-quote';

/** One simple command of a shell line: its leading `NAME=value` assignments, then its words. */
export interface ShellCommand {
  assignments: Array<{ name: string; value: string }>;
  words: string[];
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
/** Prefixes that run the command that follows them. */
const RUNNERS = new Set(['npx', 'sudo', 'exec', 'time', 'env', 'command', 'nohup']);

/**
 * Splits a shell line into simple commands at `&&`, `||`, `;` and `|`, with shell-quote doing
 * the quoting rules. Variables stay as written (`$TOKEN`): nothing is expanded or run.
 */
export function shellCommands(line: string): ShellCommand[] {
  let tokens: ReturnType<typeof parse>;
  try {
    tokens = parse(line, (name) => `$${name}`);
  } catch {
    return [];
  }
  const out: ShellCommand[] = [];
  let current: ShellCommand = { assignments: [], words: [] };
  const flush = () => {
    if (current.words.length || current.assignments.length) out.push(current);
    current = { assignments: [], words: [] };
  };
  for (const t of tokens) {
    if (typeof t !== 'string') {
      if ('comment' in t) break;
      if ('op' in t && t.op !== 'glob') flush();
      else if ('pattern' in t) current.words.push(t.pattern);
      continue;
    }
    const a =
      current.words.length === 0 || (current.words.length === 1 && ['export', 'declare', 'local', 'readonly'].includes(current.words[0]!))
        ? ASSIGNMENT.exec(t)
        : null;
    if (a) current.assignments.push({ name: a[1]!, value: a[2]! });
    else if (!(current.words.length === 0 && RUNNERS.has(t))) current.words.push(t);
  }
  flush();
  for (const c of out) {
    if (['export', 'declare', 'local', 'readonly'].includes(c.words[0] ?? '') && c.assignments.length) c.words = [];
    // `npx @forge/cli variables set` is `forge variables set`.
    if (c.words[0] === '@forge/cli') c.words[0] = 'forge';
    while (c.words[0]?.startsWith('-') && c.words.length > 1) c.words.shift();
  }
  return out;
}
