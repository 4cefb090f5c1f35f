// Bundles the CLI and the library into dist/ (committed: the Action and `npx forge-trust` run it),
// and emits type declarations into lib/ for library users.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { recordInputs, writeLicenses } from './licenses.mjs';

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
  // Whitespace and syntax only: V8 compiles every byte of a bundle at start-up, and this cut a
  // scan of a small app by a fifth; names stay, so stack traces still say where.
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: banner },
};

rmSync('dist', { recursive: true, force: true });
// One build with code splitting: the CLI, the library, the Action and the secrets worker share
// their code (Babel, YAML, ajv…) through chunks beside them, loaded once, instead of four copies.
const entries = { cli: 'src/cli/bin.ts', lib: 'src/index.ts', index: 'src/action/index.ts', 'secrets-worker': 'src/sources/secrets/secrets-worker.ts' };
recordInputs(await build({ ...common, entryPoints: entries, outdir: 'dist', splitting: true, chunkNames: 'chunk-[hash]', metafile: true }));
// Packages few scans need, bundled on their own and loaded on first use (`loadPackage`): CVSS
// scoring (only with advisories) and the general yarn classic parser (only for odd lockfiles).
// ajv (only when a schema has no precompiled validator), safe-regex2 (only for an org's own
// patterns), RE2JS (only for patterns the JavaScript engine cannot run alike) and the general YAML
// parser (only for YAML the fast block reader does not take) likewise.
for (const [file, contents] of [
  ['cvss.cjs', `module.exports = require('ae-cvss-calculator');`],
  ['yarn-lockfile.cjs', `module.exports = require('@yarnpkg/lockfile');`],
  ['ajv.cjs', `module.exports = { Ajv: require('ajv').Ajv, addFormats: require('ajv-formats') };`],
  ['safe-regex.cjs', `module.exports = require('safe-regex2');`],
  ['re2js.cjs', `module.exports = require('re2js');`],
  ['yaml.cjs', `module.exports = require('yaml');`],
])
  recordInputs(
    await build({
      ...common,
      format: 'cjs',
      banner: {},
      stdin: { contents, resolveDir: '.' },
      outfile: `dist/${file}`,
      metafile: true,
    }),
  );
// The CLI is run directly (`npx forge-trust`): only it gets the interpreter line.
writeFileSync('dist/cli.js', '#!/usr/bin/env node\n' + readFileSync('dist/cli.js', 'utf8'));
await import('./build-manifest-validator.mjs');
await import('./build-schema-validators.mjs');
await import('./build-keyword-filter.mjs');
console.log(`dist/licenses.txt: ${writeLicenses()} packages`);
if (!process.argv.includes('--no-types')) {
  rmSync('lib', { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
