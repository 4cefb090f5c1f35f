import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseBlockYamlFast } from '../../src/sources/yaml-block-fast.js';
import { parseYamlDocument, parseYamlTree } from '../../src/sources/yaml-document.js';
import { childLocation, locationOf } from '../../src/sources/positions.js';

// The one-pass reader of block YAML must give what the general parser gives (values, and the
// location of every value), or nothing (and the general parser reads the file).

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === '.git') continue;
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name) && statSync(p).size < 1024 * 1024) out.push(p);
  }
  return out;
}

/** A value with the location of itself and of each child, all the way down. */
function located(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return {
    at: locationOf(value),
    children: keys.map((k) => [k, childLocation(value, k), located((value as Record<string | number, unknown>)[k])]),
  };
}

/** True when the fast reader took the text; fails when what it gave differs from the general parser's. */
function agree(text: string, file = 'x.yml'): boolean {
  const fast = parseBlockYamlFast(text, file);
  if (!fast) return false;
  const tree = parseYamlTree(text, file);
  expect({ text, problems: tree.problems }).toEqual({ text, problems: [] });
  expect({ text, value: located(fast.value) }).toEqual({ text, value: located(tree.value) });
  return true;
}

/** Random documents of the forms the fast reader takes, and some it does not. */
function generated(seed: number, count: number): string[] {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const pick = <T>(xs: readonly T[]): T => xs[next() % xs.length]!;
  const scalars = [
    'a',
    'two words',
    '12',
    '0',
    '007',
    '1.5',
    'true',
    'null',
    '~',
    '"q"',
    "'s'",
    '"has # hash"',
    'x # note',
    '[a, b]',
    '[ "a" , c ]',
    '[]',
    'https://x.y/z',
    'a:b',
    '-x',
    "'it''s'",
    '"e\\n"',
    '{a: 1}',
    '&anchor v',
    '',
  ];
  const comment = () => (next() % 5 === 0 ? `${' '.repeat(next() % 6)}# c\n` : next() % 7 === 0 ? '\n' : '');
  const block = (indent: number): string => {
    const header = pick(['|', '>', '|-', '>-', '|+', '>+', '| # h', '|2']);
    const lines = Array.from({ length: 1 + (next() % 4) }, () => pick(['text', 'more words', '', '  deeper', '# not a comment', '   ']));
    return ` ${header}\n` + lines.map((l) => (l.trim() === '' ? l : ' '.repeat(indent + 2) + l) + '\n').join('');
  };
  const node = (indent: number, depth: number): string => {
    const pad = ' '.repeat(indent);
    const n = 1 + (next() % 3);
    const seq = next() % 3 === 0;
    let out = '';
    for (let i = 0; i < n; i++) {
      out += comment();
      const key = pick(['k', 'key', 'a-b', '"quoted"', 'x:y', 'k' + i, '1']);
      const kind = depth > 2 ? 0 : next() % 5;
      const head = seq ? `${pad}- ` : `${pad}${key}:`;
      if (kind === 1) out += `${head}${seq ? `${key}:` : ''}\n${node(indent + (seq ? 4 : 2) - (next() % 3 === 0 && !seq ? 2 : 0), depth + 1)}`;
      else if (kind === 2 && !seq) out += `${head}${block(indent)}`;
      else if (kind === 3 && seq) out += `${head}${key}: ${pick(scalars)}\n${pad}  ${key}2: ${pick(scalars)}\n`;
      else out += `${head}${seq ? '' : ' '}${pick(scalars)}\n`.replace(/ \n$/, '\n');
    }
    return out + comment();
  };
  return Array.from({ length: count }, () => node(0, 0));
}

describe('parseBlockYamlFast', () => {
  it('reads the YAML of the fixtures and examples as the general parser does', () => {
    const files = [...yamlFiles('test/fixtures'), ...yamlFiles('examples'), ...yamlFiles('.github')];
    const taken = files.filter((f) => agree(readFileSync(f, 'utf8'), f));
    expect(taken.length).toBeGreaterThan(10);
  });

  it('reads generated documents as the general parser does', () => {
    // As generated, without the last line break, and with extra spaces after colons and at line ends.
    const docs = [
      ...generated(5, 6000),
      ...generated(99, 3000).map((d) => d.replace(/\n$/, '')),
      ...generated(77, 3000).map((d) => d.replace(/: /g, ':   ').replace(/\n/g, '  \n')),
    ];
    const taken = docs.filter((d) => agree(d));
    expect(taken.length).toBeGreaterThan(5000);
  });

  it.each([
    ['a flow mapping', 'a: {b: 1}\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a:\n  <<: {b: 1}\n'],
    ['an escape', 'a: "x\\ny"\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a float', 'a: 1.5\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['an explicit indentation', 'a: |2\n   x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['nesting deeper than 64 levels', Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('') + `${' '.repeat(70)}v: 1\n`],
    ['a flow sequence of 2,000 items', `a: [${Array.from({ length: 2000 }, () => 'x').join(', ')}]\n`],
  ])('leaves %s to the general parser', (_, text) => {
    expect(parseBlockYamlFast(text, 'x.yml')).toBeUndefined();
  });

  it('leaves absurd nesting to the general parser, which cuts it with a problem as before', () => {
    const deep = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('') + `${' '.repeat(300)}v: 1\n`;
    expect(parseYamlDocument(deep, 'manifest.yml').problems.map((p) => p.code)).toContain('yaml-too-large');
  });

  // Set FORGE_TRUST_CORPUS to a folder of real repositories (scripts/corpus.json) to check those too.
  const corpus = process.env.FORGE_TRUST_CORPUS;
  (corpus && existsSync(corpus) ? it : it.skip)('reads every YAML file of the real-repository corpus as the general parser does', () => {
    for (const file of yamlFiles(corpus!)) agree(readFileSync(file, 'utf8'), file);
  });
});
