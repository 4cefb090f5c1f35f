// Precompiles the JSON Schemas that every run validates against (policies, configuration,
// suppressions, policy tests) into standalone validators in dist/, with the same ajv options as
// src/policy/schema-problems.ts. Compiling them with ajv at run time costs about 70 ms of every
// run; loading the generated code costs a few.
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { bundleStandalone } from './bundle-standalone.mjs';
import { join } from 'node:path';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const SCHEMAS = ['policy.schema.json', 'config.schema.json', 'suppressions.schema.json', 'policy-tests.schema.json'];

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false, code: { source: true } });
addFormats(ajv);
for (const name of SCHEMAS) ajv.addSchema(JSON.parse(readFileSync(join('schemas', name), 'utf8')), name);
const code = standaloneCode(ajv, Object.fromEntries(SCHEMAS.map((name) => [name, name])));

await bundleStandalone(code, 'dist/schema-validators.cjs');
