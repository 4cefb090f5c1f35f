import type { Node } from '@babel/types';
import type { Location } from '../../model/location.js';
import { memberPath } from './bindings.js';
import { walkAst } from './parse-code.js';
import { describe, nameOf, propertyName, unwrap, type DescribeContext, type ValueFact } from './describe-value.js';

/** One call in the code, with its arguments described. */
export interface CallFact {
  [key: string]: unknown;
  callee: string;
  args: ValueFact[];
  location: Location;
}

/** An HTTP request the code makes, whatever the client: where it goes and with which headers. */
export interface RequestFact {
  [key: string]: unknown;
  client: string;
  /** A Forge product request (`requestJira`…), which the platform authenticates itself. */
  product: boolean;
  /** The URL argument (its `url` field has the parsed shape). */
  target?: ValueFact;
  /** Headers by lower-case name. */
  headers: Record<string, ValueFact>;
  /** Forge runtime tokens anywhere in the request: its URL, headers or body. */
  runtimeTokens?: string[];
  location: Location;
}

/** A credential-carrying header set anywhere: an object property or a `.set('Authorization', …)`. */
export interface HeaderFact {
  [key: string]: unknown;
  header: string;
  value: ValueFact;
  location: Location;
}

/** A value returned by a Custom UI or UI Kit resolver: it travels to the browser. */
export interface ResolverReturnFact {
  [key: string]: unknown;
  resolver: string;
  value: ValueFact;
  location: Location;
}

export interface EnvReadFact {
  [key: string]: unknown;
  name: string;
  /** `process.env` or `import.meta.env`. */
  object: string;
  secret: boolean;
  location: Location;
}

/**
 * A call that verifies who sent a request: an HMAC or signature check, a constant-time
 * comparison, a JWT verification. `literalKey` when the key it is given is written in the code.
 */
export interface VerificationFact {
  [key: string]: unknown;
  callee: string;
  kind: 'hmac' | 'constant-time-compare' | 'signature' | 'jwt' | 'comparison';
  literalKey: boolean;
  location: Location;
}

/** Library functions that verify a caller, by resolved callee, with the argument that carries the key. */
const VERIFIERS: Array<[RegExp, VerificationFact['kind'], number]> = [
  [/^(node:)?crypto\.createHmac$/, 'hmac', 1],
  [/^(node:)?crypto\.timingSafeEqual$/, 'constant-time-compare', -1],
  [/^(node:)?crypto\.(verify|createVerify)$/, 'signature', 2],
  [/^(node:)?crypto\.subtle\.verify$/, 'signature', 1],
  [/^jsonwebtoken\.verify$/, 'jwt', 1],
  [/^jose\.(jwtVerify|compactVerify|flattenedVerify|generalVerify)$/, 'jwt', 1],
  [/^atlassian-jwt\.decodeSymmetric$/, 'jwt', 1],
  [/^(tweetnacl|tweetnacl-util)\.sign\.detached\.verify$/, 'signature', 2],
  [/^@octokit\/webhooks-methods\.verify$/, 'hmac', 0],
  [/^crypto-js\.Hmac\w+$/, 'hmac', 1],
];

/** A name that says it holds what a caller proves itself with. */
const CREDENTIAL_NAME = /(signature|token|secret|hmac|digest|apikey|api_key|password|headers)/i;
const EQUALITY = new Set(['===', '!==', '==', '!=']);

/**
 * `given === expected` where one side is named like a signature, token or secret (or read from
 * the request's headers): a shared-secret check, not in constant time. Comparisons with null,
 * booleans, numbers or short strings (`token === ''`, `type === 'push'`) are not checks.
 */
function comparison(left: Node, right: Node, bindings: DescribeContext['bindings']): { literalKey: boolean } | undefined {
  const sides = [left, right];
  const credential = sides.findIndex((n) => CREDENTIAL_NAME.test(nameOf(n, bindings)));
  if (credential < 0) return undefined;
  const other = unwrap(sides[1 - credential]!);
  if (other.type === 'StringLiteral') return other.value.length >= 8 ? { literalKey: true } : undefined;
  if (other.type === 'NullLiteral' || other.type === 'BooleanLiteral' || other.type === 'NumericLiteral') return undefined;
  if (other.type === 'Identifier' && other.name === 'undefined') return undefined;
  if (other.type === 'UnaryExpression' || other.type === 'TemplateLiteral') return undefined;
  return { literalKey: false };
}

function verification(callee: string, args: ValueFact[], location: Location): VerificationFact | undefined {
  const found = VERIFIERS.find(([pattern]) => pattern.test(callee));
  if (!found) return undefined;
  const key = found[2] >= 0 ? args[found[2]] : undefined;
  return { callee, kind: found[1], literalKey: key?.kind === 'string', location };
}

export interface FileFacts {
  verifications: VerificationFact[];
  calls: CallFact[];
  requests: RequestFact[];
  headers: HeaderFact[];
  resolverReturns: ResolverReturnFact[];
  envReads: EnvReadFact[];
}

const CREDENTIAL_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'api-key',
  'apikey',
  'x-auth-token',
  'private-token',
  'x-access-token',
  'x-api-token',
]);
/** Headers named like credentials that carry none: Jira's XSRF opt-out (`X-Atlassian-Token: no-check`) and anti-CSRF tokens. */
const NOT_CREDENTIAL_HEADERS = new Set(['x-atlassian-token', 'x-csrf-token', 'x-xsrf-token', 'csrf-token', 'xsrf-token']);
/**
 * A header carries a credential when its name says so: the well-known ones above, and any whose
 * words include token, secret, API key, password, credential or signature
 * (`X-Automation-Webhook-Token`, `X-Shared-Secret`, `X-Hub-Signature`), as Atlassian's FSRT reads them.
 */
export function isCredentialHeader(name: string): boolean {
  const key = name.toLowerCase();
  if (NOT_CREDENTIAL_HEADERS.has(key)) return false;
  return CREDENTIAL_HEADERS.has(key) || /(?:^|[-_])(?:[a-z]*token|secret|api-?key|password|passwd|credentials?|signature)(?:$|[-_])/.test(key);
}
/** A Forge product request method, as `nameOf` resolves it (`@forge/api.asApp.requestJira`, `@forge/bridge.requestJira`). */
export const PRODUCT_REQUEST = /\.(requestJira|requestConfluence|requestBitbucket|requestJiraServiceManagement|requestGraph|requestConnectedData)$/;
/** Modules and globals that make HTTP requests; a call to them (or their methods) is a request. */
const HTTP_CLIENTS =
  /^(?:fetch|node-fetch|cross-fetch|isomorphic-fetch|undici|axios|got|ky|superagent|needle|request|https|http|@forge\/api)(?:\.(?:default|fetch|request|get|post|put|patch|delete|head|options|asApp|asUser|withProvider))*$/;
/** A value worth a policy's attention: a secret flows into it, it is one, or it is a URL carrying one. */
const notable = (v: ValueFact | undefined): boolean =>
  !!v &&
  (v.taint.length > 0 ||
    !!v.literalSecret ||
    !!v.url?.secretIn.length ||
    Object.values(v.properties ?? {}).some((p) => p.taint.length > 0 || !!p.literalSecret));
/** A literal argument: what signing-key and storage-key checks look for. */
const literal = (v: ValueFact | undefined): boolean =>
  !!v && (v.kind === 'string' || (v.kind === 'template' && v.credential === 'literal') || Object.values(v.properties ?? {}).some((p) => p.kind === 'string'));

/**
 * The facts of one parsed file. A call is kept when a secret flows into an argument (or an
 * argument is one, or a URL carrying one), or when a function from an imported module is given a
 * literal (a key, a storage key). That keeps the document proportional to what matters, not to
 * the size of the code base, while leaving organisations' own policies the calls they need.
 */
/**
 * The file's facts. `verifiedNodes` receives the nodes of the caller checks found,
 * so that the call graph can place them in their functions without judging each call again.
 */
export function extractFacts(ast: Node, ctx: DescribeContext, verifiedNodes: Set<Node>): FileFacts {
  const facts: FileFacts = { verifications: [], calls: [], requests: [], headers: [], resolverReturns: [], envReads: [] };
  const importedRoots = [...new Set(ctx.bindings.imports.values())];
  const isImported = (callee: string) => importedRoots.some((r) => callee === r || callee.startsWith(r + '.'));
  const at = (n: Node) => ctx.lines.range(n.start ?? 0, n.end ?? 0);

  walkAst(ast, (node, ancestors, depth) => {
    switch (node.type) {
      case 'CallExpression':
      case 'OptionalCallExpression':
      case 'NewExpression': {
        const callee = nameOf(node.callee, ctx.bindings);
        const args = node.arguments.slice(0, 6).map((a) => describe(a, ctx));
        if (args.some(notable) || (isImported(callee) && (callee.startsWith('@forge/') || args.some(literal))))
          facts.calls.push({ callee, args, location: at(node) });
        const request = requestFact(callee, args, at(node));
        if (request) facts.requests.push(request);
        const verified = verification(callee, args, at(node));
        if (verified) {
          facts.verifications.push(verified);
          verifiedNodes.add(node);
        }
        headerCall(node.callee, node.arguments, callee, ctx, facts);
        if (/^@forge\/resolver\.define$/.test(callee)) resolverReturns(node.arguments, ctx, facts);
        return;
      }
      case 'BinaryExpression': {
        const compared = EQUALITY.has(node.operator) && node.left.type !== 'PrivateName' ? comparison(node.left, node.right, ctx.bindings) : undefined;
        if (compared) {
          facts.verifications.push({ callee: node.operator, kind: 'comparison', literalKey: compared.literalKey, location: at(node) });
          verifiedNodes.add(node);
        }
        return;
      }
      case 'ObjectProperty': {
        const key = propertyName(node.key, node.computed)?.toLowerCase();
        if (
          key &&
          isCredentialHeader(key) &&
          inHeaders(key, ancestors[depth - 2], ctx) &&
          node.value.type !== 'RestElement' &&
          !node.value.type.endsWith('Pattern') &&
          !overwritten(node, ancestors, depth, ctx)
        ) {
          facts.headers.push({ header: key, value: describe(node.value, ctx), location: at(node) });
        }
        return;
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const object = nameOf(node.object, ctx.bindings);
        const prop = propertyName(node.property, node.computed);
        if ((object === 'process.env' || object === 'import.meta.env') && prop !== undefined) {
          facts.envReads.push({ name: prop, object, secret: ctx.isSecretName(prop), location: at(node) });
          return false;
        }
        return;
      }
      case 'AssignmentExpression': {
        // `h.headers.authorization = …`: the last assignment to a header is what is sent.
        const path = node.operator === '=' ? memberPath(node.left) : undefined;
        const key = path?.slice(path.lastIndexOf('.') + 1).toLowerCase();
        if (path && key && isCredentialHeader(key) && /(^|\.)headers?\./i.test(path) && ctx.bindings.values.get(path)?.at(-1) === node.right)
          facts.headers.push({ header: key, value: describe(node.right, ctx), location: at(node) });
        return;
      }
      case 'VariableDeclarator':
        // `const { API_TOKEN } = process.env` reads the variable too.
        if (node.id.type === 'ObjectPattern' && node.init && ['process.env', 'import.meta.env'].includes(nameOf(node.init, ctx.bindings))) {
          const object = nameOf(node.init, ctx.bindings);
          for (const p of node.id.properties) {
            const key = p.type === 'ObjectProperty' ? propertyName(p.key, p.computed) : undefined;
            if (key) facts.envReads.push({ name: key, object, secret: ctx.isSecretName(key), location: at(p) });
          }
        }
        return;
    }
  });
  return facts;
}

/**
 * Whether a property written in an object literal (`let h = { headers: { authorization: 'x' } }`)
 * is assigned again later (`h.headers.authorization = …`): then the literal is never sent.
 */
/**
 * Every property path the file assigns, in lower case, also as written through an alias
 * (`const opts = h; opts.headers = …` assigns `h.headers`): built once per file, however many
 * headers ask.
 */
const assignedCache = new WeakMap<DescribeContext['bindings'], Set<string>>();
function assignedPaths(bindings: DescribeContext['bindings']): Set<string> {
  let set = assignedCache.get(bindings);
  if (set) return set;
  set = new Set();
  for (const path of bindings.values.keys()) {
    const dot = path.indexOf('.');
    if (dot < 0) continue;
    set.add(path.toLowerCase());
    const root = path.slice(0, dot);
    const alias = bindings.values.get(root);
    if (alias?.length === 1 && alias[0]!.type === 'Identifier') set.add(`${alias[0]!.name}${path.slice(dot)}`.toLowerCase());
  }
  assignedCache.set(bindings, set);
  return set;
}

function overwritten(node: Node, ancestors: readonly Node[], depth: number, ctx: DescribeContext): boolean {
  const keys: string[] = [];
  let property: Node | undefined = node;
  for (let d = depth; property?.type === 'ObjectProperty' && ancestors[d - 1]?.type === 'ObjectExpression'; d -= 2) {
    const key = propertyName(property.key, property.computed);
    if (key === undefined) return false;
    keys.unshift(key);
    const above = ancestors[d - 2];
    if (above?.type === 'VariableDeclarator' && above.id.type === 'Identifier') {
      // The header, or any object holding it (`h.headers = {…}`), assigned again; matched
      // case-insensitively, as header names are.
      const assigned = assignedPaths(ctx.bindings);
      const path = [above.id.name, ...keys].map((k) => k.toLowerCase());
      return path.some((_, i) => i > 0 && assigned.has(path.slice(0, i + 1).join('.')));
    }
    property = above;
  }
  return false;
}

/**
 * `Authorization` and dashed names such as `x-api-key` are headers wherever they appear; a bare
 * `apiKey` property is one only inside a `headers` object or a variable named like one.
 */
function inHeaders(key: string, holder: Node | undefined, ctx: DescribeContext): boolean {
  if (key.includes('-') || key === 'authorization') return true;
  if (!holder) return false;
  if (holder.type === 'ObjectProperty') return /^headers$/i.test(propertyName(holder.key, holder.computed) ?? '');
  if (holder.type === 'VariableDeclarator') return holder.id.type === 'Identifier' && /headers?$/i.test(holder.id.name);
  if (holder.type === 'NewExpression') return nameOf(holder.callee, ctx.bindings).endsWith('Headers');
  return false;
}

function requestFact(callee: string, args: ValueFact[], location: Location): RequestFact | undefined {
  const product = PRODUCT_REQUEST.test(callee);
  if (!product && !HTTP_CLIENTS.test(callee)) return undefined;
  if (/^@forge\/api(?:\.(?:asApp|asUser|withProvider))*$/.test(callee)) return undefined;
  // axios({ url, headers }) and got({ url }) take one options object.
  const first = args[0];
  const url = first?.kind === 'object' ? first.properties?.url : first;
  const headers: Record<string, ValueFact> = {};
  for (const a of args) {
    let h = a.properties?.headers;
    if (h?.kind === 'call' && h.name?.endsWith('Headers')) h = h.args?.[0];
    for (const [k, v] of Object.entries(h?.properties ?? {})) headers[k.toLowerCase()] = v;
  }
  const runtimeTokens = [...new Set(args.flatMap((a) => a.runtime ?? []))];
  return { client: callee, product, ...(url ? { target: url } : {}), headers, ...(runtimeTokens.length ? { runtimeTokens } : {}), location };
}

/** `headers.set('Authorization', …)`, `.append`, `res.setHeader`, superagent's `.set`. */
function headerCall(calleeNode: Node, argNodes: Node[], callee: string, ctx: DescribeContext, facts: FileFacts) {
  if (!/\.(?:set|append|setHeader|header)$/.test(callee) || argNodes.length < 2) return;
  const first = unwrap(argNodes[0]!);
  if (first.type !== 'StringLiteral' || !isCredentialHeader(first.value)) return;
  const value = describe(argNodes[1]!, ctx);
  facts.headers.push({ header: first.value.toLowerCase(), value, location: ctx.lines.range(calleeNode.start ?? 0, argNodes[1]!.end ?? 0) });
}

/** `resolver.define('name', fn)`: every value `fn` returns goes to the frontend. */
function resolverReturns(argNodes: Node[], ctx: DescribeContext, facts: FileFacts) {
  const nameNode = argNodes[0] && unwrap(argNodes[0]);
  const resolver = nameNode?.type === 'StringLiteral' ? nameNode.value : '(computed)';
  let fn = argNodes[1] && unwrap(argNodes[1]);
  if (fn?.type === 'Identifier') fn = ctx.bindings.values.get(fn.name)?.[0];
  if (!fn || !(fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression' || fn.type === 'FunctionDeclaration')) return;
  if (fn.body.type !== 'BlockStatement') {
    facts.resolverReturns.push({ resolver, value: describe(fn.body, ctx), location: ctx.lines.range(fn.body.start ?? 0, fn.body.end ?? 0) });
    return;
  }
  walkAst(fn.body, (n) => {
    if (
      n.type === 'FunctionDeclaration' ||
      n.type === 'FunctionExpression' ||
      n.type === 'ArrowFunctionExpression' ||
      n.type === 'ClassMethod' ||
      n.type === 'ObjectMethod'
    )
      return false;
    if (n.type === 'ReturnStatement' && n.argument)
      facts.resolverReturns.push({ resolver, value: describe(n.argument, ctx), location: ctx.lines.range(n.start ?? 0, n.end ?? 0) });
    return;
  });
}
