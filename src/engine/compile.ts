import { suggest } from '../util/suggest.js';
import type { Clause, CompiledRule, Expr, RuleGroup, TemplatePart } from './ast.js';
import { GROUP_VARIABLES, ROOTS } from './ast.js';
import { builtins } from './builtins/registry.js';
import { parseReference, TEMPLATE_PLACEHOLDER } from './reference.js';
import { toPointer } from '../sources/json-document.js';

/** A problem found while compiling, located by JSON pointer inside the policy file. */
export interface CompileProblem {
  pointer: string;
  message: string;
  expected?: string;
  hint?: string;
}

export interface CompileOptions {
  /** Names of the input documents that exist, so `$input.manifset` can be caught. */
  documents: readonly string[];
  /** Names of the data documents that exist. */
  dataDocuments: readonly string[];
  /**
   * The rules are ours and the test suite compiles them with every check: literal arguments (a
   * regular expression's syntax and safety) are then not checked again at each start, and a
   * pattern is compiled when first used rather than for every policy at load.
   */
  trusted?: boolean;
}

/** Deeper expressions are refused: it bounds evaluation recursion and nothing useful nests this far. */
export const MAX_EXPRESSION_DEPTH = 48;
const SPECIAL_FORMS = ['literal', 'exists', 'every', 'collect'];
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

class Compiler {
  readonly problems: CompileProblem[] = [];
  /** The input and data documents the rules read, as the references resolve them. */
  readonly reads = { input: new Set<string>(), data: new Set<string>() };
  constructor(private readonly options: CompileOptions) {}

  private problem(path: Array<string | number>, message: string, extra: Omit<CompileProblem, 'pointer' | 'message'> = {}): void {
    this.problems.push({ pointer: toPointer(path), message, ...extra });
  }

  rule(json: unknown, path: Array<string | number>): CompiledRule | undefined {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      this.problem(path, 'a rule must be an object with "match" and "message"');
      return undefined;
    }
    const r = json as Record<string, unknown>;
    const scope = new Set<string>();
    const clauses = this.clauses(r.match, [...path, 'match'], scope, 0);
    const message = this.template(r.message, [...path, 'message'], scope);
    const location = r.location === undefined ? undefined : this.expr(r.location, [...path, 'location'], scope, 0);
    const fingerprint = Array.isArray(r.fingerprint) ? r.fingerprint.map((f, i) => this.expr(f, [...path, 'fingerprint', i], scope, 0)) : undefined;
    const severity = r.severity === undefined ? undefined : this.expr(r.severity, [...path, 'severity'], scope, 0);
    const group = r.group === undefined ? undefined : this.group(r.group, [...path, 'group'], scope);
    return { clauses, message, location, fingerprint, severity, group };
  }

  /** `{"by": [expressions], "message": "template with {{count}} and {{items}}", "item": "template"}`. */
  private group(json: unknown, path: Array<string | number>, scope: Set<string>): RuleGroup | undefined {
    const g = (typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {}) as Record<string, unknown>;
    if (!Array.isArray(g.by) || g.by.length === 0 || typeof g.message !== 'string') {
      this.problem(path, '"group" needs "by" (a non-empty array of expressions) and "message"', {
        expected: '{"by": ["$project.lockfile.file"], "message": "{{count}} packages ...: {{items}}", "item": "{{pkg.name}}"}',
      });
      return undefined;
    }
    const by = g.by.map((e, i) => this.expr(e, [...path, 'by', i], scope, 0));
    const message = this.template(g.message, [...path, 'message'], new Set([...scope, ...GROUP_VARIABLES]));
    const item = g.item === undefined ? undefined : this.template(g.item, [...path, 'item'], scope);
    return { by, message, item };
  }

  clauses(json: unknown, path: Array<string | number>, scope: Set<string>, depth: number): Clause[] {
    if (!Array.isArray(json)) {
      this.problem(path, 'expected an array of clauses', { expected: '[{"some": "x", "in": "$input..."}, {condition}, ...]' });
      return [];
    }
    return json.map((c, i) => this.clause(c, [...path, i], scope, depth));
  }

  private bind(name: unknown, path: Array<string | number>, scope: Set<string>): string {
    if (typeof name !== 'string' || !VARIABLE.test(name)) {
      this.problem(path, `a variable name must be letters, digits and _ (not starting with a digit), without $; got ${JSON.stringify(name)}`);
      return '_invalid';
    }
    if ((ROOTS as readonly string[]).includes(name)) this.problem(path, `"${name}" is reserved for the ${name} documents; choose another variable name`);
    else if (scope.has(name)) this.problem(path, `the variable "${name}" is already bound in this rule; choose another name`);
    scope.add(name);
    return name;
  }

  private clause(json: unknown, path: Array<string | number>, scope: Set<string>, depth: number): Clause {
    if (typeof json === 'object' && json !== null && !Array.isArray(json) && 'some' in json) {
      const c = json as Record<string, unknown>;
      const extra = Object.keys(c).filter((k) => !['some', 'in', 'key'].includes(k));
      if (extra.length)
        this.problem(path, `unknown field "${extra[0]}" in a "some" clause`, {
          expected: '{"some": "name", "in": <collection>, "key": "optional index name"}',
        });
      if (c.in === undefined)
        this.problem(path, 'a "some" clause needs "in": the collection to iterate', {
          hint: `{"some": ${JSON.stringify(c.some)}, "in": "$input.manifest.apps"}`,
        });
      const source = this.expr(c.in, [...path, 'in'], scope, depth + 1);
      const key = c.key === undefined ? undefined : this.bind(c.key, [...path, 'key'], scope);
      const name = this.bind(c.some, [...path, 'some'], scope);
      return { kind: 'some', name, key, source };
    }
    if (typeof json === 'object' && json !== null && !Array.isArray(json) && 'let' in json) {
      const c = json as Record<string, unknown>;
      const names = c.let;
      if (typeof names !== 'object' || names === null || Array.isArray(names) || Object.keys(names).length !== 1 || Object.keys(c).length !== 1) {
        this.problem(path, 'a "let" clause binds one name to one expression', { expected: '{"let": {"name": <expression>}}' });
        return { kind: 'condition', expr: { kind: 'literal', value: false } };
      }
      const [name, value] = Object.entries(names)[0]!;
      const expr = this.expr(value, [...path, 'let', name], scope, depth + 1);
      return { kind: 'let', name: this.bind(name, [...path, 'let'], scope), value: expr };
    }
    return { kind: 'condition', expr: this.expr(json, path, scope, depth + 1) };
  }

  expr(json: unknown, path: Array<string | number>, scope: Set<string>, depth: number): Expr {
    if (depth > MAX_EXPRESSION_DEPTH) {
      this.problem(path, `expressions nest deeper than ${MAX_EXPRESSION_DEPTH} levels`, { hint: 'split the condition into several clauses or "let" bindings' });
      return { kind: 'literal', value: undefined };
    }
    if (typeof json === 'string') {
      if (json.startsWith('$$')) return { kind: 'literal', value: json.slice(1) };
      if (json.startsWith('$')) return this.reference(json, path, scope);
      return { kind: 'literal', value: json };
    }
    if (json === null || typeof json !== 'object') return { kind: 'literal', value: json };
    if (Array.isArray(json)) {
      const items = json.map((x, i) => this.expr(x, [...path, i], scope, depth + 1));
      return items.every((i) => i.kind === 'literal')
        ? { kind: 'literal', value: items.map((i) => (i as { value: unknown }).value) }
        : { kind: 'array', items };
    }
    const keys = Object.keys(json);
    if (keys.length !== 1) {
      this.problem(
        path,
        keys.length === 0 ? 'an empty object is not an expression' : `an expression object has exactly one operator, found ${keys.length}: ${keys.join(', ')}`,
        {
          hint: keys.length ? 'wrap several conditions in {"all": [...]} or write them as separate clauses' : 'write {"literal": {}} for an empty object value',
        },
      );
      return { kind: 'literal', value: undefined };
    }
    const op = keys[0]!;
    const arg = (json as Record<string, unknown>)[op];
    return SPECIAL_FORMS.includes(op) ? this.specialForm(op, arg, [...path, op], scope, depth) : this.call(op, arg, path, scope, depth);
  }

  /** `literal`, `exists`, `every` and `collect`: the forms that bind variables or stop evaluation. */
  private specialForm(op: string, arg: unknown, at: Array<string | number>, scope: Set<string>, depth: number): Expr {
    switch (op) {
      case 'literal':
        return { kind: 'literal', value: arg };
      case 'exists': {
        const inner = new Set(scope);
        return { kind: 'exists', query: this.clauses(arg, at, inner, depth) };
      }
      case 'every': {
        const e = (typeof arg === 'object' && arg !== null ? arg : {}) as Record<string, unknown>;
        if (e.some === undefined || e.in === undefined || e.holds === undefined)
          this.problem(at, '"every" needs "some", "in" and "holds"', { expected: '{"every": {"some": "x", "in": <collection>, "holds": [clauses]}}' });
        const source = this.expr(e.in, [...at, 'in'], scope, depth + 1);
        const inner = new Set(scope);
        const key = e.key === undefined ? undefined : this.bind(e.key, [...at, 'key'], inner);
        const name = this.bind(e.some, [...at, 'some'], inner);
        return { kind: 'every', name, key, source, body: this.clauses(e.holds, [...at, 'holds'], inner, depth) };
      }
      case 'collect': {
        const c = (typeof arg === 'object' && arg !== null ? arg : {}) as Record<string, unknown>;
        if (c.where === undefined || c.value === undefined)
          this.problem(at, '"collect" needs "where" and "value"', { expected: '{"collect": {"where": [clauses], "value": <expression>}}' });
        const inner = new Set(scope);
        const query = this.clauses(c.where, [...at, 'where'], inner, depth);
        return { kind: 'collect', query, value: this.expr(c.value, [...at, 'value'], inner, depth + 1) };
      }
    }
    return { kind: 'literal', value: arg };
  }

  /** A built-in function call, its arity and literal arguments checked. */
  private call(op: string, arg: unknown, path: Array<string | number>, scope: Set<string>, depth: number): Expr {
    const at = [...path, op];
    const builtin = builtins.get(op);
    if (!builtin) {
      const near = suggest(op, [...builtins.keys(), ...SPECIAL_FORMS]);
      this.problem(path, `unknown operator "${op}"`, {
        hint: near
          ? `did you mean "${near}"?`
          : 'see the list of built-in functions in docs/policy-language.md; for a plain object value write {"literal": {...}}',
      });
      return { kind: 'literal', value: undefined };
    }
    const rawArgs = Array.isArray(arg) ? arg : [arg];
    if (rawArgs.length < builtin.minArgs || rawArgs.length > builtin.maxArgs) {
      const want =
        builtin.minArgs === builtin.maxArgs
          ? `${builtin.minArgs}`
          : builtin.maxArgs === Infinity
            ? `at least ${builtin.minArgs}`
            : `${builtin.minArgs} to ${builtin.maxArgs}`;
      this.problem(at, `"${op}" takes ${want} argument${want === '1' ? '' : 's'} (${builtin.params.join(', ')}), got ${rawArgs.length}`, {
        hint: !Array.isArray(arg)
          ? `pass several arguments as an array: {"${op}": [${builtin.params.map((p) => `<${p}>`).join(', ')}]}`
          : builtin.maxArgs === 1
            ? `a single array argument must be wrapped: {"${op}": [[...]]}`
            : undefined,
      });
    }
    const args = rawArgs.map((a, i) => this.expr(a, Array.isArray(arg) ? [...at, i] : at, scope, depth + 1));
    if (builtin.literal && !this.options.trusted) {
      const a = args[builtin.literal.index];
      if (a?.kind === 'literal' && typeof a.value === 'string') {
        const why = builtin.literal.check(a.value);
        if (why) this.problem(Array.isArray(arg) ? [...at, builtin.literal.index] : at, why);
      }
    }
    return { kind: 'call', builtin, args };
  }

  private reference(text: string, path: Array<string | number>, scope: Set<string>): Expr {
    const parsed = parseReference(text);
    if (typeof parsed === 'string') {
      this.problem(path, parsed);
      return { kind: 'literal', value: undefined };
    }
    const { root, path: refPath } = parsed;
    if (root === 'input' || root === 'data') {
      const names = root === 'input' ? this.options.documents : this.options.dataDocuments;
      const first = refPath[0];
      if (typeof first === 'string') this.reads[root].add(first);
      if (typeof first !== 'string')
        this.problem(path, `"${text}" must name ${root === 'input' ? 'an input document' : 'a data document'}, e.g. $${root}.${names[0] ?? 'name'}`);
      else if (!names.includes(first)) {
        const near = suggest(first, names);
        this.problem(path, `"${text}" names no ${root === 'input' ? 'input' : 'data'} document "${first}"`, {
          expected: names.join(', '),
          hint: near ? `did you mean "$${root}.${near}"?` : undefined,
        });
      }
    } else if (!scope.has(root)) {
      const near = suggest(root, [...scope, ...ROOTS]);
      this.problem(path, `the variable "${root}" is not bound here`, {
        hint: near
          ? `did you mean "$${near}"?`
          : 'bind it first with {"some": "' + root + '", "in": ...} or {"let": {"' + root + '": ...}}; a literal text starting with $ is written $$',
      });
    }
    return { kind: 'ref', root, path: refPath, text };
  }

  template(json: unknown, path: Array<string | number>, scope: Set<string>): TemplatePart[] {
    if (typeof json !== 'string' || json.trim() === '') {
      this.problem(path, 'a rule needs a "message": the sentence a finding shows, with {{variable.field}} placeholders');
      return [];
    }
    const parts: TemplatePart[] = [];
    let last = 0;
    for (const m of json.matchAll(TEMPLATE_PLACEHOLDER)) {
      if (m.index! > last) parts.push(json.slice(last, m.index));
      const ref = this.reference('$' + m[1]!.replace(/^\$/, ''), path, scope);
      if (ref.kind === 'ref') parts.push(ref);
      last = m.index! + m[0].length;
    }
    if (last < json.length) parts.push(json.slice(last));
    return parts;
  }
}

export interface Compiled {
  rules: CompiledRule[];
  problems: CompileProblem[];
  /** Names of the input documents the rules read, in name order. */
  inputs: string[];
  /** Names of the data documents the rules read, in name order. */
  data: string[];
}

export function compileRules(json: unknown, path: Array<string | number>, options: CompileOptions): Compiled {
  const c = new Compiler(options);
  const rules: CompiledRule[] = [];
  if (!Array.isArray(json) || json.length === 0)
    c.problems.push({
      pointer: toPointer(path),
      message: 'a policy needs "rules": a non-empty array of rules',
      expected: '[{"match": [...], "message": "..."}]',
    });
  else
    json.forEach((r, i) => {
      const rule = c.rule(r, [...path, i]);
      if (rule) rules.push(rule);
    });
  return { rules, problems: c.problems, inputs: [...c.reads.input].sort(), data: [...c.reads.data].sort() };
}
