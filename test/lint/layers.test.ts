import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { join } from 'node:path';

// The layering is enforced by a lint rule (eslint/layers.js) that `npm run lint`, and so CI, runs
// over src/. These cases run the project's own ESLint configuration on code placed in src/.
const eslint = new ESLint({ cwd: process.cwd() });
const lint = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: join(process.cwd(), file) });
  return result!.messages.filter((m) => m.ruleId === 'forge-trust/layers').map((m) => m.message);
};

describe('imports point down the layers only', () => {
  it('refuses an upward import, naming both layers', async () => {
    const messages = await lint('src/report/example.ts', "import { scan } from '../run/scan.js';\nexport const x = scan;\n");
    expect(messages).toEqual([expect.stringContaining('src/report/ may not import src/run/')]);
  });

  it('refuses re-exports and imports between folders of the same rank', async () => {
    expect(await lint('src/cli/example.ts', "export { run } from '../action/main.js';\n")).toHaveLength(1);
    expect(await lint('src/model/example.ts', "import type { X } from '../util/x.js';\nexport type Y = X;\n")).toHaveLength(1);
    expect(await lint('src/sources/deep/example.ts', "import type { Policy } from '../../engine/policy.js';\nexport type Y = Policy;\n")).toHaveLength(1);
  });

  it('accepts imports of the own folder and of lower layers', async () => {
    const code =
      "import type { Finding } from '../model/finding.js';\nimport { suggest } from '../util/suggest.js';\nimport { scan } from './scan.js';\nexport const x = [scan, suggest] as unknown as Finding;\n";
    expect(await lint('src/run/example.ts', code)).toEqual([]);
    expect(await lint('src/index.ts', "export { scan } from './run/scan.js';\n")).toEqual([]);
  });

  it('finds no upward import in src/', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts']);
    const upward = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'forge-trust/layers').map((m) => `${r.filePath}: ${m.message}`));
    expect(upward).toEqual([]);
  });
});
