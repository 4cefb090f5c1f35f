import type { Clause, Expr } from './ast.js';
import type { BuiltinContext } from './builtins/builtin.js';
import { holds } from '../util/values.js';
import { MISSING, step } from './reference.js';

/**
 * Whether an element of a `some` can satisfy the conditions that follow it. `outer` follows a
 * reference to anything bound before the `some` (the same for every element).
 */
export type ElementTest = (element: unknown, ctx: BuiltinContext, outer: Outer) => boolean;

export type Outer = (ref: Extract<Expr, { kind: 'ref' }>) => unknown;

type Compiled = (element: unknown, ctx: BuiltinContext, outer: Outer) => unknown;

const cache = new WeakMap<Clause[], Map<number, ElementTest | null>>();

/**
 * The conditions written right after the `some` at `clauses[i]` that read nothing but its element,
 * literals and what was bound before it (`$pkg.installScript`, `{"eq": ["$x.name", "$d.name"]}`;
 * no `let`, `some`, `exists` or `collect` of their own), as one test run on
 * each element before it is bound. A policy over thousands of locked packages spent most of its
 * time binding elements that the next condition then rejected; rejected here, they cost a
 * property read. Elements that pass are bound and the same conditions evaluated as written, so
 * the results cannot differ: this only says no sooner.
 */
export function elementTest(clauses: Clause[], i: number): ElementTest | undefined {
  let byIndex = cache.get(clauses);
  if (!byIndex) cache.set(clauses, (byIndex = new Map()));
  let test = byIndex.get(i);
  if (test === undefined) {
    test = build(clauses, i) ?? null;
    byIndex.set(i, test);
  }
  return test ?? undefined;
}

function build(clauses: Clause[], i: number): ElementTest | undefined {
  const some = clauses[i];
  if (some?.kind !== 'some') return undefined;
  const tests: Compiled[] = [];
  for (let j = i + 1; j < clauses.length; j++) {
    const c = clauses[j]!;
    const compiled = c.kind === 'condition' ? compile(c.expr, some.name, some.key) : undefined;
    if (!compiled) break;
    tests.push(compiled);
  }
  if (!tests.length) return undefined;
  return (element, ctx, outer) => {
    for (const t of tests) if (!holds(t(element, ctx, outer))) return false;
    return true;
  };
}

/** The expression as a function of the element, with the evaluator's rules; undefined if it binds or iterates. */
function compile(e: Expr, name: string, key: string | undefined): Compiled | undefined {
  switch (e.kind) {
    case 'literal': {
      const value = e.value;
      return () => value;
    }
    case 'ref': {
      // The element's key is bound with the element: a condition on it waits for the binding.
      if (e.root === key) return undefined;
      if (e.root !== name) return (_element, _ctx, outer) => outer(e);
      const path = e.path;
      return (element) => follow(element, path);
    }
    case 'array': {
      const items = e.items.map((x) => compile(x, name, key));
      if (items.some((x) => !x)) return undefined;
      return (element, ctx, outer) => {
        const out = (items as Compiled[]).map((x) => x(element, ctx, outer));
        return out.includes(undefined) ? undefined : out;
      };
    }
    case 'call': {
      const args = e.args.map((x) => compile(x, name, key));
      if (args.some((x) => !x)) return undefined;
      const b = e.builtin;
      const fns = args as Compiled[];
      if (b.lazy)
        return (element, ctx, outer) =>
          b.fn(
            fns.map((f) => () => f(element, ctx, outer)),
            ctx,
          );
      return (element, ctx, outer) => {
        const values: unknown[] = new Array(fns.length);
        for (let k = 0; k < fns.length; k++) {
          const v = fns[k]!(element, ctx, outer);
          if (v === undefined && !b.acceptsUndefined) return undefined;
          values[k] = v;
        }
        return b.fn(values, ctx);
      };
    }
    default:
      return undefined;
  }
}

/** A reference's path followed as the evaluator follows it (`step`): own fields and array indexes only. */
function follow(node: unknown, path: ReadonlyArray<string | number>): unknown {
  for (const seg of path) {
    node = step(node, seg);
    if (node === MISSING) return undefined;
  }
  return node;
}
