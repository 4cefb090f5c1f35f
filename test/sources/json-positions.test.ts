import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonDeferred, parseJsonDocument } from '../../src/sources/json-document.js';
import { childLocation, locationOf } from '../../src/sources/positions.js';

// Valid JSON is read by JSON.parse with positions from one pass over the text; anything else
// by the general parser. Both must give every value the same location and the same problems:
// `allowComments` forces the general parser on the same text.

function everyLocation(root: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return;
    out.push(`${path} self ${JSON.stringify(locationOf(node))}`);
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      out.push(`${path}/${key} ${JSON.stringify(childLocation(node, key))}`);
      visit((node as Record<string | number, unknown>)[key], `${path}/${key}`);
    }
  };
  visit(root, '');
  return out;
}

function bothWays(text: string) {
  const fast = parseJsonDocument(text, 'f.json');
  const general = parseJsonDocument(text, 'f.json', { allowComments: true });
  return { fast, general };
}

function jsonFilesUnder(dir: string, limit: number): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (out.length >= limit) return;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const SAMPLES = [
  '{}',
  '[]',
  ' \n\t{ "a" : 1 , "b":[ true,false ,null, -1.5e+3, "x" ] }\r\n',
  '{"esc\\"aped": "va\\\\lue\\"", "uni\\u00e9": {"\\u0041": ["\\\\", "\\""]}}',
  '{"nested": [[[]], [{}], [[1, [2, {"deep": "é😀"}]]]]}',
  '{"__proto__": {"polluted": true}, "constructor": 1}',
  '"just a string"',
  '42',
  '[{"a": {"b": {"c": [1, 2, {"d": "e"}]}}}, "tail"]',
  '{"k\\"q\\\\": 1,\n "k\\"q\\\\" :\t[2], "1": 0, "0": {"0": 1}}',
];

describe('JSON positions from one pass', () => {
  test.each(SAMPLES)('gives every value of %j the location the general parser gives', (text) => {
    const { fast, general } = bothWays(text);
    expect(fast.problems).toEqual(general.problems);
    expect(fast.value).toEqual(general.value);
    expect(everyLocation(fast.value)).toEqual(everyLocation(general.value));
  });

  test('deferred, records nothing until asked, then the same locations as at once', () => {
    const files = jsonFilesUnder('test/fixtures', 400).filter((f) => f.endsWith('package-lock.json'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const deferred = parseJsonDeferred(text, 'f.json');
      if (!deferred) continue; // an invalid fixture
      expect(locationOf(deferred.value)).toBeUndefined();
      deferred.recordPositions();
      deferred.recordPositions();
      expect({ file, locations: everyLocation(deferred.value) }).toEqual({ file, locations: everyLocation(parseJsonDocument(text, 'f.json').value) });
    }
    expect(parseJsonDeferred('{"a": 1,}', 'f.json')).toBeUndefined();
  });

  test('deferred with placed levels, places values that shallow and steps over the rest', () => {
    const text = '{\n  "packages": {\n    "": {"a": [1, {"b": "}]\\""}]},\n    "node_modules/x": {"version": "1.0.0"}\n  },\n  "n": 1\n}';
    const deferred = parseJsonDeferred(text, 'f.json', 2)!;
    deferred.recordPositions();
    const root = deferred.value as { packages: Record<string, { a?: unknown[] }> };
    const whole = parseJsonDocument(text, 'f.json').value as typeof root;
    expect(locationOf(root)).toEqual(locationOf(whole));
    expect(childLocation(root, 'n')).toEqual(childLocation(whole, 'n'));
    for (const key of ['', 'node_modules/x']) expect(childLocation(root.packages, key)).toEqual(childLocation(whole.packages, key));
    expect(childLocation(root.packages['']!, 'a')).toBeUndefined();
    expect(childLocation(whole.packages['']!, 'a')).toBeDefined();
  });

  test('agrees with the general parser on every JSON fixture of the repository', () => {
    const files = [...jsonFilesUnder('test/fixtures', 400), ...jsonFilesUnder('policies', 400), ...jsonFilesUnder('data', 50)];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { fast, general } = bothWays(text);
      if (general.problems.length) continue; // invalid fixtures: the general parser reads both ways
      expect({ file, locations: everyLocation(fast.value) }).toEqual({ file, locations: everyLocation(general.value) });
    }
  });

  test('refuses nesting past the limit at the same bracket, whether the JSON is valid or not', () => {
    const valid = '{"a":\n' + '['.repeat(600) + ']'.repeat(600) + '}';
    const invalid = valid.slice(0, -1) + ',}';
    const problems = [valid, invalid].map((t) => parseJsonDocument(t, 'f.json').problems.map((p) => [p.code, p.line, p.column]));
    // The 513th opening bracket: the object is the first level, the arrays the next 512 on line 2.
    expect(problems).toEqual([[['json-depth', 2, 512]], [['json-depth', 2, 512]]]);
    expect(parseJsonDocument(valid, 'f.json').value).toBeUndefined();
  });

  test('names a repeated key at its second appearance, however deep', () => {
    const text = '{\n  "a": {"x": 1,\n    "x": [2]},\n  "b": 3,\n  "b": {"y": true}\n}';
    const { fast, general } = bothWays(text);
    expect(fast.problems.map((p) => [p.code, p.line, p.column, p.message])).toEqual([
      ['json-duplicate-key', 3, 5, 'duplicate key "x"'],
      ['json-duplicate-key', 5, 3, 'duplicate key "b"'],
    ]);
    expect(fast.problems).toEqual(general.problems);
    // The last value wins, as in every JSON reader, and its location is the one recorded.
    expect(fast.value).toEqual({ a: { x: [2] }, b: { y: true } });
    expect(childLocation(fast.value, 'b')).toEqual(childLocation(general.value, 'b'));
  });

  test('leaves invalid JSON to the general parser, which says where it is wrong', () => {
    const { fast } = bothWays('{\n  "a": 1,\n}');
    expect(fast.value).toBeUndefined();
    expect(fast.problems[0]).toMatchObject({ code: 'json-syntax', line: 3 });
    expect(parseJsonDocument('\uFEFF{"a": 1}', 'bom.json').problems[0]).toMatchObject({ code: 'json-syntax' });
  });
});
