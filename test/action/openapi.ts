import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';

// GitHub's own REST description (@octokit/openapi): every request the Action sends must be an
// operation it describes, with a body its schema accepts.
type AnyAjv = {
  addSchema: (s: object, key: string) => void;
  compile: (s: object) => ((d: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
};
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as new (o: object) => AnyAjv;

interface Spec {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
}
let loaded: { spec: Spec; ajv: AnyAjv; routes: Array<{ template: string; pattern: RegExp }> } | undefined;

function load() {
  if (loaded) return loaded;
  const spec = JSON.parse(readFileSync('node_modules/@octokit/openapi/generated/api.github.com.json', 'utf8')) as Spec;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(spec, 'github');
  const routes = Object.keys(spec.paths).map((template) => ({
    template,
    pattern: new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+') + '$'),
  }));
  // Literal segments win over parameters (`/repos/{owner}/{repo}/issues/comments/{id}` before `…/issues/{number}`).
  routes.sort((a, b) => (b.template.match(/\{/g)?.length ?? 0) - (a.template.match(/\{/g)?.length ?? 0)).reverse();
  return (loaded = { spec, ajv, routes });
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** What is wrong with each request against GitHub's REST description (GraphQL is not part of it). */
export function openapiProblems(requests: ReadonlyArray<{ method: string; path: string; body: unknown }>): string[] {
  const { spec, ajv, routes } = load();
  const problems: string[] = [];
  for (const r of requests) {
    if (r.path === '/graphql') continue;
    const method = r.method.toLowerCase();
    const route = routes.find((x) => x.pattern.test(r.path) && spec.paths[x.template]?.[method]);
    if (!route) {
      problems.push(`${r.method} ${r.path}: no such operation in GitHub's REST description`);
      continue;
    }
    if (!spec.paths[route.template]![method]!.requestBody?.content?.['application/json'] || r.body === undefined) continue;
    const validate = ajv.compile({ $ref: `github#/${pointer('paths', route.template, method, 'requestBody', 'content', 'application/json', 'schema')}` });
    if (!validate(r.body)) problems.push(`${r.method} ${route.template}: ${validate.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
  }
  return problems;
}
