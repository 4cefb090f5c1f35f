import { describe, expect, it } from '@jest/globals';
import { cli, scratchRepo } from '../helpers.js';
import { scan } from '../../src/run/scan.js';
import { compileDetectors, scanFiles, scanSecrets, shannonEntropy, startSecretsScan } from '../../src/sources/secrets/scan-secrets.js';
import { CHUNK_BYTES } from '../../src/sources/secrets/scan-file.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const builtinDetectors = () => compileDetectors((JSON.parse(readFileSync('data/secret-detectors.json', 'utf8')) as { detectors: never[] }).detectors, 'x');
const where = (r: ReturnType<typeof scanFiles>) =>
  r.document.findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.detector}`);

const AWS = 'AKIA' + 'Q3EGR7KX2ZLM4WVN';
const ATLASSIAN = 'ATATT3xFfGF0' + 'k7Qm2LpX9vRt4Wn8BcHd1Jf6Gy3Ua5Ke0Zs'.repeat(4) + 'Tq8Lw3Nv6Px1Rb4Mz7Hc2Jk5Fd9Gs0'.repeat(1) + 'Y' + '=' + '0A1B2C3D';

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe('the secrets pass', () => {
  it('finds planted secrets in any file and never puts the value in any output', () => {
    const repo = scratchRepo({
      'src/a.ts': `export const key = '${AWS}';\n`,
      'scripts/deploy.sh': `export TOKEN=${ATLASSIAN}\n`,
      'docs/notes.md': `Do not use ${AWS.slice(0, 10)} here.\n`,
    });
    try {
      const result = scan({ path: repo.dir });
      expect(result.findings.filter((f) => f.policyId === 'secret-detected').map((f) => `${f.location?.file}:${f.location?.startLine} ${f.message}`)).toEqual([
        'scripts/deploy.sh:1 Atlassian API token (ATAT…, 192 characters).',
        'src/a.ts:1 AWS access key id (AKIA…, 20 characters).',
      ]);
      for (const format of ['text', 'json', 'sarif', 'markdown']) {
        const out = cli(['scan', repo.dir, '--format', format]).stdout;
        expect(out).not.toContain(AWS);
        expect(out).not.toContain(ATLASSIAN.slice(0, 30));
      }
    } finally {
      repo.cleanup();
    }
  });

  it('honours // suppressions in code and .gitignore', () => {
    const repo = scratchRepo({
      'test/fixtures.ts': `// forge-trust-ignore secret-detected -- a revoked key kept as a test fixture\nexport const key = '${AWS}';\n`,
      'build/out.js': `const k = '${AWS}';\n`,
      '.gitignore': 'build/\n',
    });
    try {
      const result = scan({ path: repo.dir });
      expect(result.findings.filter((f) => f.policyId === 'secret-detected')).toEqual([]);
      expect(result.suppressed.map((s) => s.reason)).toEqual(['a revoked key kept as a test fixture']);
    } finally {
      repo.cleanup();
    }
  });

  it('refuses a catastrophic detector pattern with a configuration error', () => {
    const { problems } = compileDetectors([{ id: 'bad', description: 'x', regex: '(a+)+$', keywords: ['a'] }], 'secret-detectors.json');
    expect(problems[0]!.message).toContain('nests quantifiers');
  });

  it('measures entropy in bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });

  it('numbers lines exactly, with keyword lines that hold no secret in between', () => {
    const lines = [
      'const url = "https://example.com";', // keyword, no secret
      `const a = '${AWS}';`,
      'password: <placeholder>', // keyword, no secret
      '',
      `const b = '${AWS}'; const c = '${AWS.replace('Q3', 'R4')}';`,
      'secret',
      `const d = '${AWS.replace('Q3', 'Z9')}';`,
    ];
    const repo = scratchRepo({ 'a.ts': lines.join('\n'), 'b.ts': lines.join('\r\n') + '\n' });
    try {
      const { detectors } = builtinDetectors();
      const files = ['a.ts', 'b.ts'].map((path) => ({ path, size: 1 }));
      expect(where(scanFiles(repo.dir, files, detectors))).toEqual([
        'a.ts:2:12 aws-access-key-id',
        'a.ts:5:12 aws-access-key-id',
        'a.ts:5:46 aws-access-key-id',
        'a.ts:7:12 aws-access-key-id',
        'b.ts:2:12 aws-access-key-id',
        'b.ts:5:12 aws-access-key-id',
        'b.ts:5:46 aws-access-key-id',
        'b.ts:7:12 aws-access-key-id',
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('streams files larger than one chunk without losing or misnumbering a line at the seams', () => {
    const filler = 'const filler = "https://example.com/" + value; // token secret password\n'; // keywords, no secrets
    const perChunk = Math.ceil(CHUNK_BYTES / filler.length);
    const body: string[] = [];
    const expected: string[] = [];
    const plant = (name: string) => {
      body.push(`const ${name} = '${AWS}';\n`);
      expected.push(`big.js:${body.length}:${name.length + 11} aws-access-key-id`);
    };
    plant('first');
    for (let chunk = 0; chunk < 3; chunk++) {
      for (let i = 0; i < perChunk - 2; i++) body.push(filler);
      plant(`nearSeam${chunk}`);
      body.push(filler);
      plant(`afterSeam${chunk}`);
    }
    body.push('// forge-trust-ignore secret-detected -- a revoked key kept as a fixture\n');
    const suppressedAt = body.length + 1;
    plant('last');
    const repo = scratchRepo({ 'big.js': body.join('') });
    try {
      const { detectors } = builtinDetectors();
      const result = scanFiles(repo.dir, [{ path: 'big.js', size: 1 }], detectors);
      expect(body.join('').length).toBeGreaterThan(3 * CHUNK_BYTES);
      expect(where(result)).toEqual(expected);
      expect(result.suppressions.map((s) => s.location.startLine + 1)).toEqual([suppressedAt]);
    } finally {
      repo.cleanup();
    }
  });

  it('reads a line longer than its buffer whole, and the lines after it', () => {
    const long = `const blob = "${'a'.repeat(CHUNK_BYTES + 1024)}"; const k1 = '${AWS}';\n`;
    const repo = scratchRepo({ 'long.js': `${long}const k2 = '${AWS}';\n${long}` });
    try {
      const { detectors } = builtinDetectors();
      const result = scanFiles(repo.dir, [{ path: 'long.js', size: 1 }], detectors);
      expect(result.document.findings.map((f) => `${f.location.startLine}:${f.location.startColumn}`)).toEqual([
        `1:${long.indexOf('AKIA') + 1}`,
        `2:${"const k2 = '".length + 1}`,
        `3:${long.indexOf('AKIA') + 1}`,
      ]);
      // The next file is read into the filter's own buffer again.
      expect(where(scanFiles(repo.dir, [{ path: 'long.js', size: 1 }], detectors))).toEqual(where(result));
    } finally {
      repo.cleanup();
    }
  });

  it('gives the same result from worker threads as from this thread', () => {
    const line = (i: number) =>
      i % 5000 === 0
        ? `const k${i} = '${AWS}';\n`
        : i % 7001 === 0
          ? `// forge-trust-ignore secret-detected -- fixture ${i}\n`
          : `const v${i} = "https://example.com/${i}"; // token\n`;
    const big = Array.from({ length: 400_000 }, (_, i) => line(i)).join('');
    const repo = scratchRepo({ 'one.js': big, 'two.js': big, 'three.js': `const k = '${AWS}';\n` });
    try {
      const { detectors } = builtinDetectors();
      const files = ['one.js', 'two.js', 'three.js'].map((path) => ({ path, size: path === 'three.js' ? 20 : big.length }));
      const specs = (JSON.parse(readFileSync('data/secret-detectors.json', 'utf8')) as { detectors: never[] }).detectors;
      const inThread = scanFiles(repo.dir, files, detectors);
      expect(2 * big.length).toBeGreaterThan(32 * 1024 * 1024); // large enough for workers
      expect(inThread.document.findings).toHaveLength(161);
      expect(inThread.suppressions.length).toBeGreaterThan(100);
      expect(scanSecrets(repo.dir, files, detectors, specs)).toEqual(inThread);
    } finally {
      repo.cleanup();
    }
  });

  it('redoes the work in this thread when a worker dies or never answers, without waiting forever', () => {
    const big = Array.from({ length: 400_000 }, (_, i) => (i % 5000 === 0 ? `const k${i} = '${AWS}';\n` : `const v${i} = 1; // token\n`)).join('');
    // A worker that takes files from the queue and dies with them: they must be redone here.
    const takeAndDie = [
      "import { workerData } from 'node:worker_threads';",
      "import { writeFileSync } from 'node:fs';",
      'const { port, slot } = workerData;',
      "port.once('message', ({ root, next, claimedBy }) => {",
      '  const i = Atomics.add(next, 0, 1);',
      '  Atomics.store(claimedBy, i, slot + 1);',
      '  Atomics.add(next, 0, 1);', // and one it never marks
      "  writeFileSync(root + '/taken', 'yes');",
      '  process.exit(1);',
      '});',
    ].join('\n');
    const repo = scratchRepo({
      'one.js': big,
      'two.js': big,
      'three.js': big,
      'hang.mjs': 'setInterval(() => {}, 1000);\n',
      'crash.mjs': 'throw new Error("no");\n',
      'take-and-die.mjs': takeAndDie,
    });
    try {
      const { detectors } = builtinDetectors();
      const specs = (JSON.parse(readFileSync('data/secret-detectors.json', 'utf8')) as { detectors: never[] }).detectors;
      const files = ['one.js', 'two.js', 'three.js'].map((path) => ({ path, size: 20 * 1024 * 1024 }));
      const expected = scanFiles(repo.dir, files, detectors);
      expect(expected.document.findings).toHaveLength(240);
      for (const script of ['hang.mjs', 'crash.mjs', 'take-and-die.mjs']) {
        const started = Date.now();
        const pending = startSecretsScan(repo.dir, files, detectors, specs, { script: join(repo.dir, script), deadline: 500 });
        // Let that worker take its files before this thread takes any.
        for (let waited = 0; script === 'take-and-die.mjs' && !existsSync(join(repo.dir, 'taken')) && waited < 30_000; waited += 20) sleep(20);
        const result = pending.collect();
        expect(result).toEqual(expected);
        expect(Date.now() - started).toBeLessThan(30_000);
      }
    } finally {
      repo.cleanup();
    }
  });
});
