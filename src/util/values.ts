/** Value semantics shared by the evaluator and the built-ins: equality, truth, display. */

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** A condition holds when its value is defined and not `false`, as in Rego. */
export function holds(value: unknown): boolean {
  return value !== undefined && value !== false;
}

/** Elements of a collection: array items, or object values. Anything else has none. */
export function elements(value: unknown): Array<[string | number, unknown]> {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  if (typeof value === 'object' && value !== null) return Object.entries(value);
  return [];
}

/** How a value reads inside a finding message. */
export function display(value: unknown): string {
  if (value === undefined) return '(unknown)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(display).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function typeName(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
