import { define, isArray, isObject, isString } from './builtin.js';

/**
 * A product request's route against the operations of a REST API description (the
 * `product-routes` data document). A route as the code writes it has `{}` where a value is
 * computed (`/rest/api/3/issue/{}`) and may carry a query; an operation's path has named
 * parameters (`/rest/api/3/issue/{issueIdOrKey}`). A computed part matches only a parameter;
 * a written part matches the same text or a parameter.
 */
type Route = { method: string; path: string };

const segments = (path: string) =>
  path
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .split('/');
const isParameter = (s: string) => /^\{[^}]+\}$/.test(s);

/** How well a written route fits an operation path: the number of literal segments that match, or -1. */
function fit(route: string[], path: string[]): number {
  if (route.length !== path.length) return -1;
  let literal = 0;
  for (let i = 0; i < route.length; i++) {
    const r = route[i]!;
    const p = path[i]!;
    if (isParameter(p)) continue;
    if (r !== p) return -1;
    literal++;
  }
  return literal;
}

// The operations of one description are split once into segments, by method, however many requests are matched.
const indexes = new WeakMap<readonly unknown[], Map<string, Array<{ entry: Route; parts: string[] }>>>();
function indexOf(routes: readonly unknown[]) {
  let index = indexes.get(routes);
  if (!index) {
    index = new Map();
    for (const r of routes) {
      if (!isObject(r) || !isString(r.method) || !isString(r.path)) continue;
      const list = index.get(r.method.toUpperCase()) ?? [];
      list.push({ entry: r as Route, parts: segments(r.path) });
      index.set(r.method.toUpperCase(), list);
    }
    indexes.set(routes, index);
  }
  return index;
}

/** The operation a route written in code calls: the one with the most literal segments in common; undefined when none fits. */
export function matchRoute(route: string, method: string, routes: readonly unknown[]): unknown {
  // A route whose start is computed (`${base}/issue`) is not guessed at.
  if (!route.startsWith('/')) return undefined;
  const parts = segments(route);
  let best: { entry: Route; score: number } | undefined;
  for (const c of indexOf(routes).get(method.toUpperCase()) ?? []) {
    const score = fit(parts, c.parts);
    if (score >= 0 && (!best || score > best.score)) best = { entry: c.entry, score };
  }
  return best?.entry;
}

export const routeBuiltins = [
  define({
    name: 'routeMatch',
    family: 'route',
    params: ['route', 'method', 'operations'],
    description:
      'The operation (an object with `method` and `path`, like the entries of `$data.product-routes.products.jira`) that a route written in code calls: `{}` in the route (a computed part) matches a path parameter, a query is ignored, and the operation with the most literal segments in common wins. Undefined when none fits, or when the start of the route is computed.',
    example: {
      call: { routeMatch: ['/rest/api/3/issue/{}?fields=summary', 'GET', { literal: [{ method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}' }] }] },
      result: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}' },
    },
    fn: ([route, method, operations], ctx) => {
      if (!isString(route) || !isString(method) || !isArray(operations)) return undefined;
      ctx.charge(1 + Math.floor(operations.length / 50));
      return matchRoute(route, method, operations);
    },
  }),
];
