// Bundles ajv's standalone validator code (which still requires a few ajv runtime helpers and
// ajv-formats) into one self-contained CommonJS file in dist/.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { recordInputs } from './licenses.mjs';

export async function bundleStandalone(code, outfile) {
  const tmp = join('node_modules', '.cache', 'forge-trust');
  mkdirSync(tmp, { recursive: true });
  const raw = join(tmp, basename(outfile).replace(/\.cjs$/, '.raw.cjs'));
  writeFileSync(raw, code);
  recordInputs(
    await build({
      entryPoints: [raw],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
      metafile: true,
    }),
  );
  rmSync(raw);
}
