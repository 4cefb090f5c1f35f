// A local ESLint rule: each folder of src/ is a layer and imports only its own folder and the
// layers below it, so the pipeline reads one way. The order is the README's.
import { dirname, join, relative, sep } from 'node:path';

/** Layers bottom to top; folders of the same rank may not import each other. */
export const LAYERS = { model: 0, util: 0, sources: 1, engine: 2, policy: 3, report: 4, run: 5, cli: 6, action: 6 };

/** The layer a file of src/ belongs to, or undefined outside src/ (and for src/index.ts, the API on top). */
export function layerOf(file, srcDir) {
  const rel = relative(srcDir, file);
  if (rel.startsWith('..') || !rel.includes(sep)) return undefined;
  return rel.split(sep)[0];
}

/** Why an import from `from` to `to` breaks the layering, or undefined when it does not. */
export function layerViolation(from, to) {
  if (from === undefined || to === undefined || from === to) return undefined;
  const a = LAYERS[from];
  const b = LAYERS[to];
  if (a === undefined || b === undefined) return `src/${from === undefined || a === undefined ? from : to}/ is not a known layer`;
  return b < a
    ? undefined
    : `src/${from}/ may not import src/${to}/: layers import only their own folder and the layers below (${Object.keys(LAYERS).join(' → ')})`;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports in src/ point down the layers only' },
    schema: [{ type: 'object', properties: { srcDir: { type: 'string' } }, additionalProperties: false }],
    messages: { upward: '{{why}}' },
  },
  create(context) {
    const srcDir = context.options[0]?.srcDir ?? join(context.cwd, 'src');
    const file = context.filename;
    const from = layerOf(file, srcDir);
    if (from === undefined) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const why = layerViolation(from, layerOf(join(dirname(file), spec), srcDir));
      if (why) context.report({ node: node.source, messageId: 'upward', data: { why } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { layers: layersRule } };
