/** What each lazy property works out, by object and key. */
const pending = new WeakMap<object, Map<string, () => unknown>>();

/**
 * One getter for every lazy property: V8 shares an object's hidden class only between objects
 * whose accessors are the same functions, so a getter made per object gave each of thousands of
 * locked packages a class of its own, and every policy reading a package field went slow.
 */
function read(this: object, key: string): unknown {
  const compute = pending.get(this)?.get(key);
  const value = compute?.();
  Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
  return value;
}

const getters = new Map<string, () => unknown>();

function getterFor(key: string): () => unknown {
  let get = getters.get(key);
  if (!get) {
    get = function (this: object) {
      return read.call(this, key);
    };
    getters.set(key, get);
  }
  return get;
}

/**
 * Defines `key` on `target` as a value worked out on first read, then kept: for document fields
 * that most runs never read, like the source position of each of thousands of locked packages.
 * The property is own and enumerable, so readers (the policy engine, JSON output) see a plain field.
 */
export function lazyProperty<T extends object, K extends string>(target: T, key: K, compute: () => unknown): void {
  let computes = pending.get(target);
  if (!computes) pending.set(target, (computes = new Map()));
  computes.set(key, compute);
  Object.defineProperty(target, key, { get: getterFor(key), enumerable: true, configurable: true });
}
