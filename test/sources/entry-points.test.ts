import { describe, expect, it } from '@jest/globals';
import { scratchRepo } from '../helpers.js';
import { scan } from '../../src/run/scan.js';

// Entry points and call paths on code shaped to loop or fan out: cycles of imports and
// re-exports, functions that call each other, hundreds of resolvers. The scan finishes and says
// what it found; properties of the result, not timings.
const MANIFEST =
  'app:\n  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001\n  runtime:\n    name: nodejs24.x\nmodules:\n  jira:issuePanel:\n    - key: panel\n      resource: main\n      resolver:\n        function: resolver\n      title: Panel\n  function:\n    - key: resolver\n      handler: index.handler\nresources:\n  - key: main\n    path: static/build\npermissions:\n  scopes:\n    - read:jira-work\n';

describe('entry points on code that loops', () => {
  it('follows cycles of imports, re-exports and mutual calls once, and reaches the request', () => {
    const resolvers = Array.from({ length: 300 }, (_, i) => `resolver.define('r${i}', async () => ping${i % 2 ? 'A' : 'B'}());`).join('\n');
    const repo = scratchRepo({
      'manifest.yml': MANIFEST,
      'src/index.js': `import Resolver from '@forge/resolver';\nimport { pingA, pingB } from './a';\nconst resolver = new Resolver();\n${resolvers.replace(/ping(A|B)\(\)/g, 'ping$1()')}\nexport const handler = resolver.getDefinitions();\n`,
      'src/a.js': "import { pingB as b } from './b';\nexport { pingA } from './c';\nexport function pingB() { return b(); }\n",
      'src/b.js': "import { pingB as a } from './a';\nexport function pingB() { return a(); }\n",
      'src/c.js':
        "import api, { route } from '@forge/api';\nexport { pingA as again } from './a';\nexport function pingA() { return pingA2(); }\nfunction pingA2() { pingA(); return api.asApp().requestJira(route`/rest/api/3/myself`); }\n",
    });
    try {
      const result = scan({ path: repo.dir });
      expect(result.errors).toEqual([]);
      const entries = result.inputs.documents.code.entryPoints;
      expect(entries).toHaveLength(300);
      const odd = entries.find((e) => e.resolver === 'r1')!;
      expect(odd.requests.map((r) => r.path)).toEqual([['resolver:r1', 'pingA (src/c.js)', 'pingA2 (src/c.js)']]);
      const even = entries.find((e) => e.resolver === 'r0')!;
      expect(even.requests).toEqual([]);
      // One finding for the request, naming the 150 resolvers that reach it.
      const authz = result.findings.filter((f) => f.policyId === 'code-authorization-missing');
      expect(authz).toHaveLength(1);
      expect(authz[0]!.message).toContain('from 150 entry points');
    } finally {
      repo.cleanup();
    }
  });

  it('never prints the query of a route: a key written there stays out of every finding', () => {
    const key = 'Zq81vTnP3xLkW7mR2sYc9dHf';
    const repo = scratchRepo({
      'manifest.yml':
        'app:\n  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001\n  runtime:\n    name: nodejs24.x\nmodules:\n  webtrigger:\n    - key: hook\n      function: hook\n  function:\n    - key: hook\n      handler: index.run\n',
      'src/index.js': `import api, { route } from '@forge/api';\nexport const run = async () => api.asApp().requestJira(route\`/rest/api/3/search/${key}1?apiKey=${key}\`);\n`,
    });
    try {
      const result = scan({ path: repo.dir });
      const trigger = result.findings.find((f) => f.policyId === 'webtrigger-unauthenticated')!;
      expect(trigger.message).toContain('As the app, it calls GET /rest/api/3/search/…?…');
      expect(JSON.stringify(result.findings)).not.toContain(key);
      expect(JSON.stringify(result.inputs.documents.code)).not.toContain(key);
    } finally {
      repo.cleanup();
    }
  });

  it('follows a handler that an index file imports and exports again, and tells product hooks from user-facing modules', () => {
    const repo = scratchRepo({
      'manifest.yml':
        'app:\n  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001\n  runtime:\n    name: nodejs24.x\nmodules:\n  compass:dataProvider:\n    - key: data\n      function: data-fn\n      domains:\n        - example.com\n      linkTypes:\n        - repository\n  jira:issuePanel:\n    - key: panel\n      function: panel-fn\n      title: Panel\n  function:\n    - key: data-fn\n      handler: index.data\n    - key: panel-fn\n      handler: index.panel\n',
      'src/index.js': "import data from './data';\nimport { panel as shown } from './panel';\n\nexport { data, shown as panel };\n",
      'src/data.js': "import { load } from './jira';\nexport default async function data() { return load(); }\n",
      'src/panel.js': "import { load } from './jira';\nexport const panel = async () => load();\n",
      'src/jira.js': "import api, { route } from '@forge/api';\nexport const load = () => api.asApp().requestJira(route`/rest/api/3/myself`);\n",
    });
    try {
      const result = scan({ path: repo.dir });
      const entries = result.inputs.documents.code.entryPoints;
      const byFunction = Object.fromEntries(entries.map((e) => [e.function, e]));
      expect(byFunction['data-fn']).toMatchObject({ file: 'src/data.js', unit: 'data', invokedBy: 'external' });
      expect(byFunction['panel-fn']).toMatchObject({ file: 'src/panel.js', unit: 'panel', invokedBy: 'user' });
      expect(byFunction['data-fn']!.requests.map((r) => r.path)).toEqual([['data', 'load (src/jira.js)']]);
      // Only the user-facing module's request is an authorization finding: a product calls the hook.
      const authz = result.findings.filter((f) => f.policyId === 'code-authorization-missing');
      expect(authz.map((f) => f.message)).toEqual([expect.stringContaining('jira:issuePanel panel')]);
    } finally {
      repo.cleanup();
    }
  });
});
