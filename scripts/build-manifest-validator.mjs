// Precompiles the Forge manifest JSON Schema from the pinned @forge/manifest package into a
// standalone validator. Compiling the 2 MB schema with ajv at run time takes about three
// seconds; loading the generated code takes a fraction of that.
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync, writeFileSync } from 'node:fs';
import { bundleStandalone } from './bundle-standalone.mjs';
import { recordInputs } from './licenses.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const standaloneCode = standaloneModule.default ?? standaloneModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const pkgDir = dirname(dirname(require.resolve('@forge/manifest')));
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const schema = JSON.parse(readFileSync(join(pkgDir, 'out/schema/manifest-schema.json'), 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, inlineRefs: false, verbose: true, code: { source: true } });
addFormats(ajv);
const code = standaloneCode(ajv, ajv.compile(schema));

// The version alone, so that reports can name it without loading the 8 MB validator.
writeFileSync('dist/manifest-validator.json', JSON.stringify({ manifestVersion: version }) + '\n');
// The validator is code generated from @forge/manifest's schema: its licence travels with it.
recordInputs({}, [join(pkgDir, 'package.json')]);
await bundleStandalone(code + `\nmodule.exports.manifestVersion = ${JSON.stringify(version)};\n`, 'dist/manifest-validator.cjs');
