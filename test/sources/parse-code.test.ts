import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCode, parseWith } from '../../src/sources/code/parse-code.js';

// A `.ts` file is first parsed with the `.tsx` plugins (one parser class to warm up instead of
// two). Whatever the text, the result must be what the `.ts` plugins alone give.

function asTs(text: string) {
  const r = parseWith(text, ['typescript']);
  return 'ast' in r ? { ast: r.ast } : r;
}

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === '.git') continue;
    if (statSync(p).isDirectory()) tsFiles(p, out);
    else if (/\.[mc]?ts$/.test(name) && !name.endsWith('.d.ts') && statSync(p).size < 512 * 1024) out.push(p);
  }
  return out;
}

describe('parseCode on TypeScript', () => {
  it.each([
    ['a type assertion', 'const a = <any>b;\nexport const c = <string>(<unknown>a);\n'],
    ['a generic arrow function', 'export const f = <T>(x: T) => x;\n'],
    ['a generic arrow function with a trailing comma', 'export const f = <T,>(x: T) => x;\n'],
    ['a constrained generic arrow function', 'const f = <T extends object>(x: T): T => x;\n'],
    ['comparisons that look like tags', 'const y = a < b > c;\nconst z = a<b>(c);\n'],
    ['a generic call and class', 'class A<T> { m<U>(u: U) { return <T>(<unknown>u); } }\nf<string>(x);\n'],
    ['JSX, which is not TypeScript', 'const el = <div />;\n'],
    ['a closing tag in a string', "const html = '<b>bold</b>';\nconst n = <number>m;\n"],
    ['an enum, a decorator and a namespace', '@Injectable() class S {}\nenum E { A = 1 }\nnamespace N { export const x = 1; }\n'],
    ['an unterminated assertion', 'const a = <any>;\n'],
    ['an assertion JSX would read as an element', 'function f() { return <T>x }\nlet o = <a>{};\nx = <T>y => y;\n'],
    ['a const type parameter', 'const a = <const T>(x: T) => x;\nconst m = new Map<string, number>();\n'],
    ['a syntax error', 'const = ;\n'],
  ])('reads %s as the TypeScript parser does', (_, text) => {
    expect(parseCode(text, '.ts')).toEqual(asTs(text));
    expect(parseCode(text, '.mts')).toEqual(asTs(text));
  });

  it("reads every TypeScript file of this project's own sources and tests as the TypeScript parser does", () => {
    const files = [...tsFiles('src'), ...tsFiles('test')];
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect([file, parseCode(text, '.ts')]).toEqual([file, asTs(text)]);
    }
  });

  // Set FORGE_TRUST_CORPUS to a folder of real repositories (scripts/corpus.json) to check those too.
  const corpus = process.env.FORGE_TRUST_CORPUS;
  (corpus && existsSync(corpus) ? it : it.skip)('reads every TypeScript file of the real-repository corpus as the TypeScript parser does', () => {
    for (const file of tsFiles(corpus!)) {
      const text = readFileSync(file, 'utf8');
      expect([file, parseCode(text, '.ts')]).toEqual([file, asTs(text)]);
    }
  });
});
