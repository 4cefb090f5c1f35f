import type { Builtin } from './builtins/builtin.js';

/** The compiled form of policy expressions and rule bodies. */
export type Expr =
  | { kind: 'literal'; value: unknown }
  | { kind: 'ref'; root: string; path: Array<string | number>; text: string }
  | { kind: 'array'; items: Expr[] }
  | { kind: 'call'; builtin: Builtin; args: Expr[] }
  | { kind: 'exists'; query: Clause[] }
  | { kind: 'every'; name: string; key?: string; source: Expr; body: Clause[] }
  | { kind: 'collect'; query: Clause[]; value: Expr };

export type Clause =
  { kind: 'some'; name: string; key?: string; source: Expr } | { kind: 'let'; name: string; value: Expr } | { kind: 'condition'; expr: Expr };

export type TemplatePart = string | Extract<Expr, { kind: 'ref' }>;

export interface CompiledRule {
  clauses: Clause[];
  message: TemplatePart[];
  location?: Expr;
  fingerprint?: Expr[];
  /** A severity computed per match (e.g. from an advisory); the policy's severity when absent or invalid. */
  severity?: Expr;
  /** Solutions with the same key become one finding that lists them all (see `RuleGroup`). */
  group?: RuleGroup;
}

/**
 * One finding per cause: the rule's solutions with equal `by` values are one finding, at the
 * first one's location, with every solution kept as a related location. A group of one keeps
 * the rule's own message; larger groups say `message`, where `{{count}}` is the number of
 * solutions and `{{items}}` names the first few (each rendered with `item`).
 */
export interface RuleGroup {
  by: Expr[];
  message: TemplatePart[];
  item?: TemplatePart[];
}

/** Names that always resolve: the input documents and the data documents. */
export const ROOTS = ['input', 'data'] as const;

/** Names a group's message can use besides the rule's variables. */
export const GROUP_VARIABLES = ['count', 'items'] as const;
