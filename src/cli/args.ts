import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export type ParsedArgs = { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

/** parseArgs, with its errors turned into usage errors (exit status 2) in plain words. */
export function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>): ParsedArgs {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true }) as ParsedArgs;
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}
