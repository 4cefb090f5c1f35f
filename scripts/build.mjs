// Bundles the CLI and the library into dist/ (committed: the Action and `npx forge-trust` run it),
// and emits type declarations into lib/ for library users.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

// CommonJS dependencies bundled into ESM still call require(); give them one.
// (and some read __filename/__dirname, which ES modules do not have).
const banner = [
  "import { createRequire as __ftCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ftFileURLToPath } from 'node:url';",
  'const require = __ftCreateRequire(import.meta.url);',
  'const __filename = __ftFileURLToPath(import.meta.url);',
  "const __dirname = __ftFileURLToPath(new URL('.', import.meta.url));",
].join(' ');
const common = {
  bundle: true,
  platform: 'node',
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  banner: { js: banner },
};

rmSync('dist', { recursive: true, force: true });
await build({ ...common, entryPoints: { cli: 'src/cli/bin.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node\n' + banner } });
await build({ ...common, entryPoints: { lib: 'src/index.ts' }, outdir: 'dist' });
await build({ ...common, entryPoints: { index: 'src/action/index.ts' }, outdir: 'dist' });
await build({ ...common, entryPoints: { 'secrets-worker': 'src/sources/secrets/secrets-worker.ts' }, outdir: 'dist' });
await import('./build-manifest-validator.mjs');
await import('./build-schema-validators.mjs');
await import('./build-keyword-filter.mjs');
if (!process.argv.includes('--no-types')) {
  rmSync('lib', { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
