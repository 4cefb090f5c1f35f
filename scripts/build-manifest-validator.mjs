// Precompiles the Forge manifest JSON Schema from the pinned @forge/manifest package into
// standalone validators. Compiling the 2 MB schema with ajv at run time takes seconds, and one
// validator for the whole schema is 8 MB of generated code whose first call alone takes half a
// second. So it is split: `dist/manifest-validator.cjs` checks everything but the entries of each
// module type, and `dist/manifest-modules/<type>.cjs` checks one module type's entries, compiled
// from that type's schema and the definitions it references. A run loads the root and the module
// types its manifest uses; src/sources/manifest/schema-validation.ts puts the errors back at their
// place in the manifest, with the same schema nodes one validator gives.
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { bundleStandalone } from './bundle-standalone.mjs';
import { recordInputs } from './licenses.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const standaloneCode = standaloneModule.default ?? standaloneModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const pkgDir = dirname(dirname(require.resolve('@forge/manifest')));
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
/** Keywords that only document: no validation or error reads them. */
const ANNOTATIONS = new Set(['fieldDescription', 'markdownDescription', 'examples', '$comment', 'title']);
/** Keywords whose value maps names to schemas: the names stay whatever they are. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);
/** Keywords whose value is data, not schema: copied as they are. */
const VALUES = new Set(['enum', 'const', 'default', 'required']);

const schema = withoutAnnotations(JSON.parse(readFileSync(join(pkgDir, 'out/schema/manifest-schema.json'), 'utf8')));

/**
 * The schema without the words no error reads: ajv's verbose errors carry their schema node, so
 * the generated code holds every node with its documentation (a third of the root validator).
 * The wording reads a node's property names, and the `description` of a node with a `pattern`
 * (src/sources/schema-problems.ts): those stay. Property names are never touched.
 */
function withoutAnnotations(node) {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || (key === 'description' && !('pattern' in node))) continue;
    out[key] = VALUES.has(key)
      ? value
      : SCHEMA_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]))
        : withoutAnnotations(value);
  }
  return out;
}

/** The same compiler options for every part, so errors are the same as one validator's. */
function compile(part) {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, inlineRefs: false, verbose: true, code: { source: true } });
  addFormats(ajv);
  return standaloneCode(ajv, ajv.compile(part));
}

/** The definitions a schema node references, directly or through other definitions. */
function referencedDefinitions(node, definitions, found = new Set()) {
  if (Array.isArray(node)) for (const x of node) referencedDefinitions(x, definitions, found);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      const name = key === '$ref' && typeof value === 'string' ? /^#\/definitions\/(.+)$/.exec(value)?.[1] : undefined;
      if (name !== undefined && !found.has(name)) {
        found.add(name);
        referencedDefinitions(definitions[name], definitions, found);
      } else if (typeof value === 'object') referencedDefinitions(value, definitions, found);
    }
  return found;
}

/** A module type's file name: letters, digits and dashes (`jira:issuePanel` is `jira-issuePanel.cjs`). */
const moduleFile = (type, taken) => {
  let name = type.replace(/[^A-Za-z0-9-]/g, '-');
  while (taken.has(name)) name += '-';
  taken.add(name);
  return `${name}.cjs`;
};

const types = Object.keys(schema.definitions.ModuleSchema.properties);
const taken = new Set();
const files = Object.fromEntries(types.map((t) => [t, moduleFile(t, taken)]));
const root = structuredClone(schema);
for (const type of types) root.definitions.ModuleSchema.properties[type] = true;

// The version, the top-level properties in order (errors are put back in it) and the module types' files.
writeFileSync(
  'dist/manifest-validator.json',
  JSON.stringify({ manifestVersion: version, rootProperties: Object.keys(schema.properties), moduleTypes: files }) + '\n',
);
// The validators are code generated from @forge/manifest's schema: its licence travels with them.
recordInputs({}, [join(pkgDir, 'package.json')]);
await bundleStandalone(compile(root) + `\nmodule.exports.manifestVersion = ${JSON.stringify(version)};\n`, 'dist/manifest-validator.cjs');

rmSync('dist/manifest-modules', { recursive: true, force: true });
mkdirSync('dist/manifest-modules', { recursive: true });
for (const type of types) {
  const node = schema.definitions.ModuleSchema.properties[type];
  const definitions = Object.fromEntries([...referencedDefinitions(node, schema.definitions)].sort().map((d) => [d, schema.definitions[d]]));
  // The type's schema as a definition of its own, so errors at its top name the same schema node.
  await bundleStandalone(
    compile({ $ref: '#/definitions/__module', definitions: { ...definitions, __module: node } }),
    join('dist/manifest-modules', files[type]),
  );
}
