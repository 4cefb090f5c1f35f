/** The `secret-names` data document: how a name alone says it holds a secret. */
export interface SecretNameSpec {
  words: string[];
  pairs: Array<[string, string]>;
  notWords: string[];
}

/** Whether a name says it holds a secret; `plain` whether it says it holds something else (a URL, a count, a type). */
export type SecretNameTest = ((name: string) => boolean) & { plain?: (name: string) => boolean };

/** Splits `apiToken`, `API_TOKEN`, `api-token`, `auth.token` and `APIToken` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * Compiles the name rules. `notWords` win over everything except a pair that ends the name:
 * `secretKey` is a secret even though `key` alone is metadata (`tokenKey` names a KVS key).
 */
export function secretNameTest(spec: SecretNameSpec | undefined): SecretNameTest {
  if (!spec) return () => false;
  const words = new Set(spec.words);
  const not = new Set(spec.notWords);
  const cache = new Map<string, boolean>();
  const plain = (name: string) => {
    const w = nameWords(name);
    return w.length > 0 && w.every((x) => not.has(x));
  };
  const test: SecretNameTest = (name) => {
    let hit = cache.get(name);
    if (hit !== undefined) return hit;
    const w = nameWords(name);
    const last = w.length - 1;
    const endsWithPair = last >= 1 && spec.pairs.some(([a, b]) => w[last - 1] === a && w[last] === b);
    const joinedPair = spec.pairs.some(([a, b]) => w.join('').endsWith(a + b) && w.length === 1);
    hit = endsWithPair || joinedPair || (w.some((x) => words.has(x)) && !w.some((x) => not.has(x)));
    if (cache.size < 10_000) cache.set(name, hit);
    return hit;
  };
  test.plain = plain;
  return test;
}
