/**
 * Defines `key` on `target` as a value worked out on first read, then kept: for document fields
 * that most runs never read, like the source position of each of thousands of locked packages.
 * The property is own and enumerable, so readers (the policy engine, JSON output) see a plain field.
 */
export function lazyProperty<T extends object, K extends string>(target: T, key: K, compute: () => unknown): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
}
