import { describe, expect, it } from '@jest/globals';
import { RE2JS } from 're2js';
import { checkPattern, compileSafeRegex, type SafeRegex } from '../../src/engine/safe-regex.js';

// Simple patterns run on the JavaScript engine, others on RE2JS: the results must be the same
// whichever engine runs, on texts chosen to find where the two could differ.
const TEXTS = [
  '',
  'http://registry.npmjs.org/a.tgz',
  'https://registry.npmjs.org/a.tgz',
  'git://github.com/x/y.git',
  'xhttp://',
  'line\nhttp://second',
  'ends with \r',
  'config.example',
  'config.example\n',
  'a:connect-jira',
  'a:connect-jira\n',
  '${x}',
  'ſ Kelvin K ATATT3xFfGF0',
  'nodejs24.x',
  ']a',
  '\u2028',
  '\u{1F600}x',
  'a\u{1F600}',
];

function re2(pattern: string): SafeRegex {
  const re = RE2JS.compile(pattern);
  return {
    test: (t) => re.test(t),
    exec: (t) => {
      const m = re.matcher(t);
      if (!m.find()) return undefined;
      return Array.from({ length: m.groupCount() + 1 }, (_, i) => m.group(i));
    },
  };
}

describe('safe regular expressions', () => {
  it.each([
    '^(http|git)://',
    '\\.(example|sample|template|dist)$',
    ':connect-(jira|confluence)$',
    '\\$\\{',
    '^nodejs',
    '^(ATATT|ATCTT|ATBB|BBDC-|sk_live_|AKIA|SG\\.|-----BEGIN)',
    'a(b|c)(d|)$',
    '[]a]',
    '[^]a]',
    '^[a-c]x',
    '^[^/]x',
    '^a[^b]$',
  ])('gives what RE2 gives for %j, whichever engine runs it', (pattern) => {
    const ours = compileSafeRegex(pattern);
    expect(typeof ours).not.toBe('string');
    const reference = re2(pattern);
    for (const text of TEXTS) {
      expect({ text, test: (ours as SafeRegex).test(text) }).toEqual({ text, test: reference.test(text) });
      expect({ text, exec: (ours as SafeRegex).exec(text) }).toEqual({ text, exec: reference.exec(text) });
    }
  });

  it('refuses at load what would backtrack catastrophically elsewhere, yet runs it in linear time when met in data', () => {
    expect(checkPattern('(a+)+$')).toMatch(/nests quantifiers/);
    expect(checkPattern('(?i)(a+)+$')).toMatch(/nests quantifiers/);
    expect(checkPattern('(?i)^a+b$')).toBeUndefined();
    const nested = compileSafeRegex('(a+)+$') as SafeRegex;
    expect(nested.test('a'.repeat(50_000) + 'b')).toBe(false);
    expect(nested.test('aaa')).toBe(true);
  });

  it('reads (?i) with RE2', () => {
    const folded = compileSafeRegex('(?i)^kelvin');
    expect((folded as SafeRegex).test('\u212Aelvin')).toBe(true); // the Kelvin sign folds to k in RE2
  });
});
