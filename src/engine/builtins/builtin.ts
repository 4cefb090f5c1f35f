/**
 * A built-in function of the policy language. The registry doubles as the reference
 * documentation: docs/policy-language.md is checked against it by a test.
 */
export interface Builtin {
  name: string;
  family: string;
  /** Argument names, for docs and arity errors; a trailing `...` marks a variadic argument. */
  params: string[];
  minArgs: number;
  maxArgs: number;
  description: string;
  example: { call: unknown; result: unknown };
  /** When set, undefined arguments reach the function instead of making the call undefined. */
  acceptsUndefined?: boolean;
  /** When set, arguments are passed as thunks: for `all`, `any`, `default`, which short-circuit. */
  lazy?: boolean;
  /** Indexes of arguments that must be literal strings checked at load time (regexes, globs). */
  literal?: { index: number; check: (value: string) => string | undefined };
  fn: (args: unknown[], ctx: BuiltinContext) => unknown;
}

export interface BuiltinContext {
  /** The evaluation clock, fixed per run so results are reproducible. */
  now: Date;
  /** Charge extra work (e.g. per element handled) against the evaluation budget. */
  charge(units: number): void;
}

export type Thunk = () => unknown;

export function define(b: Omit<Builtin, 'minArgs' | 'maxArgs'> & { minArgs?: number; maxArgs?: number }): Builtin {
  const variadic = b.params.some((p) => p.endsWith('...'));
  const required = b.params.filter((p) => !p.endsWith('?') && !p.endsWith('...')).length;
  return { minArgs: b.minArgs ?? required, maxArgs: b.maxArgs ?? (variadic ? Infinity : b.params.length), ...b };
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isArray = Array.isArray as (v: unknown) => v is unknown[];
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
