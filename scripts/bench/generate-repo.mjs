// A deterministic generator of large Forge repositories for `npm run bench` and the no-leak test:
// many apps, each with a manifest, package.json, code, Custom UI, docs and scripts, about
// `megabytes` of text in all, with secrets planted at known places.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: a small seeded PRNG, so the same seed always gives the same repository. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';
const WORDS = [
  'issue',
  'project',
  'board',
  'sprint',
  'comment',
  'user',
  'page',
  'space',
  'field',
  'panel',
  'config',
  'report',
  'status',
  'worklog',
  'label',
  'filter',
  'queue',
  'request',
];

/** Secret makers: each gives a fresh value in a line of realistic context. */
const SECRETS = [
  (r) => ['atlassian-api-token', `ATATT3xFfGF0${r.str(171, ALNUM + '_-')}=${r.str(8, '0123456789ABCDEF')}`, (v) => `const JIRA_TOKEN = '${v}';`],
  (r) => ['aws-access-key-id', `AKIA${r.str(16, UPPER)}`, (v) => `  accessKeyId: '${v}',`],
  (r) => ['github-token', `ghp_${r.str(36, ALNUM)}`, (v) => `GITHUB_TOKEN=${v}`],
  (r) => ['slack-webhook', `https://hooks.slack.com/services/T${r.str(8, UPPER)}/B${r.str(10, UPPER)}/${r.str(24, ALNUM)}`, (v) => `const hook = "${v}";`],
  (r) => ['stripe-live-key', `sk_live_${r.str(28, ALNUM)}`, (v) => `stripe.setApiKey('${v}');`],
  (r) => ['npm-token', `npm_${r.str(36, ALNUM)}`, (v) => `//registry.npmjs.org/:_authToken=${v}`],
  (r) => ['google-api-key', `AIza${r.str(35, ALNUM + '_-')}`, (v) => `  apiKey: "${v}",`],
  (r) => ['generic-secret-assignment', r.str(28, ALNUM), (v) => `const password = "${v}";`],
  (r) => ['gitlab-token', `glpat-${r.str(20, ALNUM)}`, (v) => `  token: '${v}',`],
  (r) => ['twilio-auth-token', r.str(32, HEX), (v) => `TWILIO_AUTH_TOKEN=${v}`],
];

function rng(seed) {
  const next = prng(seed);
  const r = {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    str: (n, alphabet) => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
  return r;
}

/** Plain lines of Forge app code, without any secret keyword. */
const PLAIN = [
  (w, W) => `export async function get${W}(id) {\n  const res = await api.asUser().requestJira(route\`/rest/api/3/${w}/\${id}\`);\n  return res.json();\n}`,
  (w, W) =>
    `resolver.define('get${W}', async ({ payload, context }) => {\n  const value = await kvs.get(\`${w}-\${payload.key}\`);\n  return { ${w}: value ?? null };\n});`,
  (w) => `if (!${w} || typeof ${w}.id !== 'string') throw new Error('invalid ${w}: ' + JSON.stringify(${w}));`,
  (w) => `for (const ${w} of ${w}s) {\n  total += ${w}.estimate ?? 0;\n}`,
  (w) => `import { ${w}Service } from '../services/${w}-service.js';`,
  (w, W, r) =>
    `const ${w}Record = { ${w}Id: ${r.int(100000)}, ${w}Key: '${W.toUpperCase()}-${r.int(9999)}', updated: '2026-${String(1 + r.int(12)).padStart(2, '0')}-01' };`,
  (w) => `console.log('processed ${w}', ${w}.id, Date.now() - start);`,
  (w, W, r) => `// ${r.str(8, 'abcdefghijklmnopqrstuvwxyz')} ${w} ${r.str(6, 'abcdefghijklmnopqrstuvwxyz')} handling for the ${w} view.`,
  (w, W) => `const ${w}s = await Promise.all(ids.map((id) => get${W}(id)));`,
  (w) => `  if (${w}.status === 'done') return { ...${w}, closed: true };`,
  (w, W) => `export const ${W}Panel = ({ ${w} }) => <Box padding="space.100"><Text>{${w}.summary}</Text></Box>;`,
  (w) => `const sorted = [...${w}s].sort((a, b) => a.updated.localeCompare(b.updated));`,
  (w, W, r) => `  expect(result.${w}s).toHaveLength(${r.int(20)});`,
  (w, W) => `try {\n  await load${W}();\n} catch (error) {\n  console.error('failed to load ${w}', error.message);\n  throw error;\n}`,
  (w, W) => `const [${w}, set${W}] = useState(null);`,
  (w, W, r) => `const MAX_${W.toUpperCase()}S = ${r.int(500)};`,
];
/** Lines with words the secret detectors key on, yet no secret: realistic near-misses (about one line in twelve). */
const NEAR = [
  (w) => `const ${w}TokenCount = items.filter((i) => i.${w}).length; // token budget for the ${w}`,
  (w) => `  // The password field of the ${w} form is validated server-side; see docs/${w}.md.`,
  (w, W, r) => `const url = 'https://api.example.com/v2/${w}s?limit=${r.int(100)}&cursor=' + cursor;`,
  (w) => `  const secretName = '${w}-api-key'; // the KVS key, not the secret`,
  (w) => `// See https://developer.atlassian.com/platform/forge/ for the ${w} module.`,
];

/** One realistic line (or a few) of Forge app code. */
function codeLine(r) {
  const w = r.pick(WORDS);
  const W = w[0].toUpperCase() + w.slice(1);
  const code = (r.int(12) === 0 ? r.pick(NEAR) : r.pick(PLAIN))(w, W, r);
  // Each snippet in its own block, so that repeated names stay valid code (imports and exports stay at the top level).
  return /^(import|export|\/\/)/.test(code) ? code : `{\n${code}\n}`;
}

function manifest(i) {
  return `modules:\n  jira:issuePanel:\n    - key: panel-${i}\n      resource: main\n      resolver:\n        function: resolver\n      title: Panel ${i}\n      icon: resource:main;icon.svg\n  function:\n    - key: resolver\n      handler: index.handler\nresources:\n  - key: main\n    path: static/main/build\npermissions:\n  scopes:\n    - read:jira-work\n    - storage:app\napp:\n  id: ari:cloud:ecosystem::app/${String(i).padStart(8, '0')}-0000-4000-8000-000000000000\n  runtime:\n    name: nodejs24.x\n`;
}

/**
 * Writes the repository and returns what was planted: `{detector, value, file, line}` for each
 * secret, so tests can check that every value is found and that none is ever printed.
 */
export function generateRepo(root, { megabytes = 200, apps = 40, seed = 1, plantEvery = 40, fileKiB = 24 } = {}) {
  const r = rng(seed);
  const planted = [];
  const target = megabytes * 1024 * 1024;
  const perApp = Math.ceil(target / apps / (fileKiB * 1024));
  let written = 0;
  let files = 0;
  const write = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    written += Buffer.byteLength(text);
    files++;
  };
  for (let a = 0; a < apps && written < target; a++) {
    const app = `apps/app-${String(a).padStart(3, '0')}`;
    write(`${app}/manifest.yml`, manifest(a));
    write(
      `${app}/package.json`,
      JSON.stringify(
        { name: `app-${a}`, version: '1.0.0', private: true, dependencies: { '@forge/api': '^8.3.0', '@forge/resolver': '^1.7.1', '@forge/kvs': '^1.6.5' } },
        null,
        2,
      ) + '\n',
    );
    for (let f = 0; f < perApp && written < target; f++) {
      const frontend = f % 5 === 4;
      const path = frontend ? `${app}/static/main/src/component-${f}.jsx` : f % 17 === 16 ? `${app}/docs/guide-${f}.md` : `${app}/src/module-${f}.js`;
      const lines = [];
      let size = 0;
      while (size < fileKiB * 1024) {
        const line = codeLine(r);
        lines.push(line);
        size += line.length + 1;
      }
      if (files % plantEvery === 0) {
        const [detector, value, context] = r.pick(SECRETS)(r);
        const at = r.int(lines.length);
        lines.splice(at, 0, context(value));
        const line = lines.slice(0, at).reduce((n, l) => n + l.split('\n').length, 0) + 1;
        planted.push({ detector, value, file: path, line });
      }
      write(path, lines.join('\n') + '\n');
    }
  }
  return { planted, bytes: written, files };
}
