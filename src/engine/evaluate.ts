import type { Clause, CompiledRule, Expr, RuleGroup, TemplatePart } from './ast.js';
import type { BuiltinContext, Thunk } from './builtins/builtin.js';
import { display, elements, holds } from '../util/values.js';
import { elementTest, type Outer } from './element-test.js';
import { MISSING, step } from './reference.js';
import { childLocation, locationOf } from '../sources/positions.js';
import { compareLocations, isLocation, type Location } from '../model/location.js';

/** One solution of a rule: the sentence and where it points. */
export interface Match {
  message: string;
  location?: Location;
  /** Text that identifies the match independently of line numbers. */
  fingerprintMaterial: string;
  /** The rule's computed severity, when it has one. */
  severity?: unknown;
  /** A grouped rule's solutions, each with its own sentence and place (see `RuleGroup`). */
  related?: RelatedLocation[];
}

export interface RelatedLocation {
  message: string;
  location?: Location;
}

/** How many items a group's `{{items}}` names before it says how many more there are. */
export const GROUP_ITEMS_SHOWN = 3;

export class EvaluationLimitError extends Error {}

/**
 * A variable's value and where it came from. Most bindings are never asked where they came
 * from, so an element bound by `some` keeps its container and key, and its location is looked up
 * only when a message or a finding needs it.
 */
interface Binding {
  value: unknown;
  location?: Location;
  /** Works the location out when first asked. */
  where?: () => Location | undefined;
}

function bindingLocation(b: Binding): Location | undefined {
  if (b.where) {
    b.location = b.where();
    b.where = undefined;
  }
  return b.location;
}

const elementBinding = (value: unknown, container: unknown, key: string | number): Binding => ({
  value,
  where: () => childLocation(container, key) ?? locationOf(value),
});
type Env = Record<string, Binding>;

export interface EvaluationContext {
  input: Record<string, unknown>;
  data: Record<string, unknown>;
  now: Date;
  /** Maximum units of work for one policy; a policy that needs more is stopped with an error. */
  budget: number;
}

export const DEFAULT_BUDGET = 5_000_000;

/**
 * Evaluates rules with Rego's semantics: clauses are a conjunction, `some` iterates, a value
 * that does not exist is undefined and makes its clause fail, and each solution is one match.
 * Work is counted so that no policy can run away with the scan.
 */
export class Evaluator implements BuiltinContext {
  private steps = 0;
  readonly now: Date;
  private readonly root: Env;

  constructor(private readonly ctx: EvaluationContext) {
    this.now = ctx.now;
    this.root = Object.create(null) as Env;
    this.root.input = { value: ctx.input };
    this.root.data = { value: ctx.data };
  }

  charge(units: number): void {
    this.steps += units;
    if (this.steps > this.ctx.budget)
      throw new EvaluationLimitError(
        `evaluation stopped after ${this.ctx.budget.toLocaleString('en-US')} steps; the policy iterates over too much (look for nested "some" clauses over large collections)`,
      );
  }

  evaluateRule(rule: CompiledRule): Match[] {
    const solutions: Array<{ env: Env; match: Match }> = [];
    this.solve(rule.clauses, 0, this.root, (env) => {
      const message = this.render(rule.message, env);
      const location = rule.location ? this.locate(rule.location, env) : undefined;
      const fingerprintMaterial = rule.fingerprint ? JSON.stringify(rule.fingerprint.map((f) => this.expr(f, env) ?? null)) : message;
      solutions.push({ env, match: { message, location, fingerprintMaterial, severity: rule.severity ? this.expr(rule.severity, env) : undefined } });
      return false;
    });
    return rule.group ? this.grouped(rule.group, solutions) : solutions.map((s) => s.match);
  }

  private render(template: TemplatePart[], env: Env): string {
    return template.map((p) => (typeof p === 'string' ? p : display(this.expr(p, env)))).join('');
  }

  /** One match per group key, at its first solution's place, listing every solution. */
  private grouped(group: RuleGroup, solutions: Array<{ env: Env; match: Match }>): Match[] {
    const groups = new Map<string, Array<{ env: Env; match: Match }>>();
    for (const s of solutions) {
      const key = JSON.stringify(group.by.map((e) => this.expr(e, s.env) ?? null));
      const members = groups.get(key);
      if (members) members.push(s);
      else groups.set(key, [s]);
    }
    return [...groups].map(([key, members]) => {
      members.sort((a, b) => compareLocations(a.match.location, b.match.location));
      const first = members[0]!;
      if (members.length === 1) return { ...first.match, fingerprintMaterial: key };
      const items = [...new Set(members.map((m) => (group.item ? this.render(group.item, m.env) : m.match.message)))];
      const shown = items.slice(0, GROUP_ITEMS_SHOWN).join(', ') + (items.length > GROUP_ITEMS_SHOWN ? ` and ${items.length - GROUP_ITEMS_SHOWN} more` : '');
      const env = Object.create(first.env) as Env;
      // Count what the group names: the same package locked at two paths is one item.
      env.count = { value: items.length };
      env.items = { value: shown };
      const related = members.map((m) => ({ message: m.match.message, location: m.match.location }));
      return { ...first.match, message: this.render(group.message, env), fingerprintMaterial: key, related };
    });
  }

  /** Enumerates solutions; `emit` returns true to stop early. Returns true when stopped. */
  private solve(clauses: Clause[], i: number, env: Env, emit: (env: Env) => boolean): boolean {
    if (i === clauses.length) return emit(env);
    const clause = clauses[i]!;
    this.charge(1);
    switch (clause.kind) {
      case 'some': {
        const source = this.expr(clause.source, env);
        const test = elementTest(clauses, i);
        const outer = test && ((ref: Extract<Expr, { kind: 'ref' }>) => this.valueAt(ref, env));
        // Arrays are stepped through in place: a pair per element was most of the cost of a
        // policy over thousands of locked packages.
        if (Array.isArray(source)) {
          for (let k = 0; k < source.length; k++) {
            const value: unknown = source[k];
            if (test && !test(value, this, outer as Outer)) this.charge(1);
            else if (this.someStep(clauses, i, env, emit, source, k, value)) return true;
          }
          return false;
        }
        for (const [key, value] of elements(source)) {
          if (test && !test(value, this, outer as Outer)) this.charge(1);
          else if (this.someStep(clauses, i, env, emit, source, key, value)) return true;
        }
        return false;
      }
      case 'let': {
        const value = this.expr(clause.value, env);
        if (value === undefined) return false;
        const child = Object.create(env) as Env;
        const from = clause.value;
        // A reference is followed again for its position only if asked; anything else is not re-evaluated.
        child[clause.name] = { value, where: () => (from.kind === 'ref' ? this.locate(from, env) : isLocation(value) ? value : locationOf(value)) };
        return this.solve(clauses, i + 1, child, emit);
      }
      case 'condition':
        return holds(this.expr(clause.expr, env)) ? this.solve(clauses, i + 1, env, emit) : false;
    }
  }

  /** One element of a `some`: bound (with its key when the clause names one), then the rest solved. */
  private someStep(clauses: Clause[], i: number, env: Env, emit: (env: Env) => boolean, source: unknown, key: string | number, value: unknown): boolean {
    const clause = clauses[i] as Extract<Clause, { kind: 'some' }>;
    this.charge(1);
    const child = Object.create(env) as Env;
    child[clause.name] = elementBinding(value, source, key);
    if (clause.key) child[clause.key] = { value: key };
    return this.solve(clauses, i + 1, child, emit);
  }

  expr(e: Expr, env: Env): unknown {
    this.charge(1);
    switch (e.kind) {
      case 'literal':
        return e.value;
      case 'ref':
        return this.valueAt(e, env);
      case 'array': {
        const out = e.items.map((x) => this.expr(x, env));
        return out.includes(undefined) ? undefined : out;
      }
      case 'call': {
        const b = e.builtin;
        if (b.lazy)
          return b.fn(
            e.args.map(
              (a): Thunk =>
                () =>
                  this.expr(a, env),
            ),
            this,
          );
        const args = e.args.map((a) => this.expr(a, env));
        if (!b.acceptsUndefined && args.includes(undefined)) return undefined;
        return b.fn(args, this);
      }
      case 'exists':
        return this.solve(e.query, 0, env, () => true);
      case 'every': {
        const source = this.expr(e.source, env);
        if (source === undefined) return undefined;
        for (const [key, value] of elements(source)) {
          const child = Object.create(env) as Env;
          child[e.name] = elementBinding(value, source, key);
          if (e.key) child[e.key] = { value: key };
          if (!this.solve(e.body, 0, child, () => true)) return false;
        }
        return true;
      }
      case 'collect': {
        const out: unknown[] = [];
        this.solve(e.query, 0, env, (child) => {
          const v = this.expr(e.value, child);
          if (v !== undefined) out.push(v);
          return false;
        });
        return out;
      }
    }
  }

  /** Follows a reference to its value (the hot path: no positions). */
  private valueAt(e: Extract<Expr, { kind: 'ref' }>, env: Env): unknown {
    const binding = env[e.root];
    if (!binding) return undefined;
    let node = binding.value;
    for (const seg of e.path) {
      this.charge(1);
      node = step(node, seg);
      if (node === MISSING) return undefined;
    }
    return node;
  }

  /** Follows a reference, tracking the deepest source position seen on the way. */
  private walk(e: Extract<Expr, { kind: 'ref' }>, env: Env): Binding {
    const binding = env[e.root];
    if (!binding) return { value: undefined };
    let node = binding.value;
    let location = bindingLocation(binding);
    for (const seg of e.path) {
      this.charge(1);
      const next = step(node, seg);
      if (next === MISSING) return { value: undefined, location };
      location = childLocation(node, seg) ?? location;
      node = next;
    }
    return { value: node, location };
  }

  /** Where a value came from: by provenance for references, else a Location-shaped value. */
  private locate(e: Expr, env: Env): Location | undefined {
    if (e.kind === 'ref') {
      const found = this.walk(e, env);
      return isLocation(found.value) ? found.value : found.location;
    }
    const value = this.expr(e, env);
    return isLocation(value) ? value : locationOf(value);
  }
}
