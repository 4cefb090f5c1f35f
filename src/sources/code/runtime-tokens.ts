/**
 * Credentials the Forge platform hands an app at run time. They act as the app (or as its
 * user) against Atlassian's APIs, so they must go nowhere but Atlassian:
 * - the runtime's own tokens, read from `global.__forge_runtime__` or `@forge/api`'s
 *   `__getRuntime()` (the egress proxy token, the realtime context token), as @forge/api's
 *   `ForgeRuntime` type declares them;
 * - the app system and app user tokens Forge Remote sends a remote back end in the
 *   `x-forge-oauth-system` and `x-forge-oauth-user` headers
 *   (https://developer.atlassian.com/platform/forge/remote/calling-product-apis/);
 * - tokens the platform puts in the environment under a `FORGE_` name.
 */
const SOURCES: ReadonlyArray<{ pattern: RegExp; label: (name: string) => string }> = [
  { pattern: /(?:^|\.)(?:__forge_runtime__|__getRuntime)\.proxy\.token$/, label: () => 'the Forge runtime proxy token' },
  { pattern: /(?:^|\.)(?:__forge_runtime__|__getRuntime)\.realtime\.contextToken$/, label: () => 'the Forge realtime context token' },
  { pattern: /(?:^|\.)x-forge-oauth-system$/i, label: () => 'the app system token (x-forge-oauth-system)' },
  { pattern: /(?:^|\.)x-forge-oauth-user$/i, label: () => 'the app user token (x-forge-oauth-user)' },
  { pattern: /^(?:process\.env|import\.meta\.env)\.FORGE_\w*TOKEN\w*$/, label: (name) => name },
];

/** What runtime token a member path (`req.headers.x-forge-oauth-system`, `process.env.FORGE_TOKEN`) reads, if any. */
export function runtimeTokenOf(path: string): string | undefined {
  // Called for every member expression of the code: a look at the last name first.
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (last !== 'token' && last !== 'contextToken' && !last.startsWith('FORGE_') && !/^x-forge-oauth-/i.test(last)) return undefined;
  for (const s of SOURCES) if (s.pattern.test(path)) return s.label(path);
  return undefined;
}

/** Header getters of request objects (`req.get(name)`, `req.header(name)`, `headers.get(name)`). */
export const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);
