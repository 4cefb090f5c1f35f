// The secrets pass's keyword prefilter alone, against a named baseline: the WebAssembly Teddy
// search (dist/keyword-filter.wasm) and the JavaScript Wu–Manber search it replaced, which stays
// as its fallback, on the same text with the built-in detectors' keywords, in the pass's own
// 8 MiB chunks. Neither module is part of the library's API, so they are bundled from src/ here.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHUNK = 8 * 1024 * 1024;

/**
 * The secrets code bundled from the sources into a folder of its own, inside the project so that
 * the bundle finds the package folder and the packages it loads on first use; `work` is that
 * folder, for the caller to remove.
 */
export async function loadModules() {
  mkdirSync(join('node_modules', '.cache', 'forge-trust'), { recursive: true });
  const work = mkdtempSync(join('node_modules', '.cache', 'forge-trust', 'kf-'));
  const outfile = join(work, 'keyword-filter-bench.mjs');
  await build({
    stdin: {
      contents: [
        "export { instantiate } from './src/sources/secrets/keyword-filter.ts';",
        "export { findKeywordsInJs } from './src/sources/secrets/keyword-index.ts';",
        "export { compileDetectors, indexFor } from './src/sources/secrets/scan-secrets.ts';",
      ].join('\n'),
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    // Aliased: the bundled sources import createRequire themselves (to load packages on first use).
    banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
  });
  return { work, m: await import(pathToFileURL(resolve(outfile)).href) };
}

/** Up to `limit` bytes of the files under a folder, in chunks of the pass's size. */
function corpus(dir, limit) {
  const chunks = [];
  let current = [];
  let size = 0;
  let total = 0;
  const visit = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (total >= limit) return;
      const path = join(d, name);
      if (statSync(path).isDirectory()) visit(path);
      else {
        const bytes = readFileSync(path);
        if (size + bytes.length > CHUNK) {
          chunks.push(Buffer.concat(current));
          [current, size] = [[], 0];
        }
        current.push(bytes);
        size += bytes.length;
        total += bytes.length;
      }
    }
  };
  visit(dir);
  if (current.length) chunks.push(Buffer.concat(current));
  // A file larger than a chunk is read in several by the pass too.
  return { chunks: chunks.flatMap((c) => Array.from({ length: Math.ceil(c.length / CHUNK) }, (_, i) => c.subarray(i * CHUNK, (i + 1) * CHUNK))), bytes: total };
}

export async function keywordFilterBench({ runs = 5, corpora }) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const { work, m } = await loadModules();
  try {
    const specs = JSON.parse(readFileSync('data/secret-detectors.json', 'utf8')).detectors;
    const compiled = m.compileDetectors(specs, 'data/secret-detectors.json');
    // A detector that did not compile would leave its keywords out and flatter the figures.
    if (compiled.problems.length) throw new Error(`the detectors did not compile: ${compiled.problems.map((p) => p.message).join('; ')}`);
    const index = m.indexFor(compiled.detectors);
    const filter = m.instantiate(resolve('dist/keyword-filter.wasm'));
    console.log(
      `Keyword prefilter alone: the ${index.needles.length} keywords of the built-in detectors and suppressions, in ${CHUNK / 1024 / 1024} MiB chunks (issue 5)`,
    );
    if (!filter) return console.log('  skipped: dist/keyword-filter.wasm cannot run here');
    for (const { name, dir, limit } of corpora) {
      const { chunks, bytes } = corpus(dir, limit);
      // Each chunk is put in the filter's own buffer first, untimed, as the pass reads files
      // straight into it; both searches then read it from there. They alternate, so that both meet
      // the same machine, and the first round warms both up.
      const js = [];
      const wasm = [];
      for (let round = 0; round <= runs; round++) {
        let [jsMs, wasmMs, jsHits, wasmHits] = [0, 0, 0, 0];
        for (const c of chunks) {
          filter.text.set(c);
          const view = filter.text.subarray(0, c.length);
          let t = process.hrtime.bigint();
          jsHits += m.findKeywordsInJs(index, view, c.length).at.length;
          jsMs += Number(process.hrtime.bigint() - t) / 1e6;
          t = process.hrtime.bigint();
          wasmHits += filter.find(index, view, c.length).at.length;
          wasmMs += Number(process.hrtime.bigint() - t) / 1e6;
        }
        if (jsHits !== wasmHits) throw new Error(`the two searches disagree on ${name}: ${jsHits} against ${wasmHits} hits`);
        if (round === 0) continue;
        js.push(jsMs);
        wasm.push(wasmMs);
      }
      const mb = bytes / 1024 / 1024;
      const line = (label, ms) => console.log(`  ${label.padEnd(52)} ${(ms / mb).toFixed(2).padStart(6)} ms/MB  ${(ms / median(js)).toFixed(2).padStart(5)}×`);
      console.log(`  ${name}: ${mb.toFixed(0)} MB`);
      line('baseline: Wu–Manber in JavaScript (the fallback)', median(js));
      line('Teddy in WebAssembly SIMD', median(wasm));
    }
    console.log('');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
