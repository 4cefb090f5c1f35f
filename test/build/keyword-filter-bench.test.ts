import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

// The keyword-prefilter benchmark bundles the secrets code from the sources. When that bundle
// could not load a package on first use, every detector failed to compile and the benchmark
// silently measured one keyword instead of all: here, the bundle must compile them all.
describe('the keyword-prefilter benchmark', () => {
  it('bundles the secrets code so that every built-in detector compiles', async () => {
    const { loadModules } = (await import(resolve('scripts/bench/keyword-filter.mjs'))) as {
      loadModules: () => Promise<{
        work: string;
        m: {
          compileDetectors: (specs: unknown[], file: string) => { detectors: unknown[]; problems: unknown[] };
          indexFor: (detectors: unknown[]) => { needles: unknown[] };
        };
      }>;
    };
    const { work, m } = await loadModules();
    try {
      const specs = (JSON.parse(readFileSync('data/secret-detectors.json', 'utf8')) as { detectors: unknown[] }).detectors;
      const compiled = m.compileDetectors(specs, 'data/secret-detectors.json');
      expect(compiled.problems).toEqual([]);
      expect(compiled.detectors).toHaveLength(specs.length);
      expect(m.indexFor(compiled.detectors).needles.length).toBeGreaterThan(100);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
