import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonFile } from '../../src/policy/read-json-file.js';
import { parseJsonDocument } from '../../src/sources/json-document.js';
import { builtinDataDir } from '../../src/run/configuration.js';
import { locationOf } from '../../src/sources/positions.js';

const dir = mkdtempSync(join(tmpdir(), 'ft-read-json-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('readJsonFile', () => {
  it('reads our own files without positions, and still places a syntax error', () => {
    const good = readJsonFile(write('good.json', '{\n  "a": [1, 2]\n}'), 'good.json', { positions: false });
    expect(good).toEqual({ value: { a: [1, 2] }, problems: [] });
    expect(locationOf(good.value)).toBeUndefined();
    const bad = readJsonFile(write('bad.json', '{\n  "a": [1, 2\n}'), 'bad.json', { positions: false });
    expect(bad.value).toBeUndefined();
    expect(bad.problems[0]).toEqual(expect.objectContaining({ code: 'json-syntax', file: 'bad.json', line: 3 }));
  });

  it("reads others' files with positions and duplicate keys", () => {
    const read = readJsonFile(write('dup.json', '{\n  "a": 1,\n  "a": 2\n}'), 'dup.json');
    expect(read.problems).toEqual([expect.objectContaining({ code: 'json-duplicate-key', line: 3 })]);
    const placed = readJsonFile(write('placed.json', '{\n  "a": {"b": 1}\n}'), 'placed.json');
    expect(locationOf((placed.value as { a: object }).a)).toEqual(expect.objectContaining({ startLine: 2 }));
  });
});

describe('the built-in data documents', () => {
  // A scan reads them with JSON.parse alone, which would take the last of two equal keys silently.
  for (const name of readdirSync(builtinDataDir()).filter((f) => f.endsWith('.json')))
    it(`${name} has no duplicate keys or other JSON problems`, () => {
      expect(parseJsonDocument(readFileSync(join(builtinDataDir(), name), 'utf8'), name).problems).toEqual([]);
    });
});
