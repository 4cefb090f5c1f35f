import { describe, expect, it } from '@jest/globals';
import { RE2JS } from 're2js';
import { checkPattern, compileSafeRegex, hasNativeShape, type SafeRegex } from '../../src/engine/safe-regex.js';

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
  '/rest/atlassian-connect/1/addons/my-app/properties/k',
  '/rest/atlassian-connect/1/addons//properties',
  '/x/\u{1F600}/y/',
  'a/b\n/c/',
  'a-b--c',
  '...a.b',
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

/**
 * Checks 3,000 patterns made of random parts (after `prefix`): each is valid to both engines or
 * to neither, and gives what RE2 gives on every text. Returns those that ran on the JavaScript engine.
 */
function agreeOnGenerated(parts: readonly string[], seed: number, prefix: string, texts: readonly string[]): string[] {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const native: string[] = [];
  for (let n = 0; n < 3000; n++) {
    const pattern = prefix + Array.from({ length: 1 + (next() % 6) }, () => parts[next() % parts.length]).join('');
    let reference: SafeRegex | undefined;
    try {
      reference = re2(pattern);
    } catch {
      reference = undefined;
    }
    const ours = compileSafeRegex(pattern);
    expect({ pattern, valid: typeof ours !== 'string' }).toEqual({ pattern, valid: reference !== undefined });
    if (!reference) continue;
    if (hasNativeShape(pattern)) native.push(pattern);
    for (const text of texts) expect({ pattern, text, exec: (ours as SafeRegex).exec(text) }).toEqual({ pattern, text, exec: reference.exec(text) });
  }
  return native;
}

describe('safe regular expressions', () => {
  it('is valid to both engines or to neither, and gives what RE2 gives, for patterns of the simple shape', () => {
    // Patterns over the alphabet the JavaScript engine is trusted with, plus the punctuation that
    // reads differently: POSIX classes, `]` first in a class, escapes of ASCII and other characters.
    const parts = [
      'a',
      'b',
      'x',
      '0',
      '^',
      '$',
      '|',
      '(',
      ')',
      '[',
      ']',
      '-',
      ':',
      '/',
      '_',
      ' ',
      ',',
      '[:alpha:]',
      '[]',
      '[^',
      '\\.',
      '\\$',
      '\\<',
      '\\’',
      '\\-',
    ];
    agreeOnGenerated(parts, 7, '', [...TEXTS, 'a:b', '[:alpha:]]', 'alpha]', 'x<y', 'ab-', '.$']);
  });

  it('is valid to both engines or to neither, and gives what RE2 gives, for anchored patterns with runs up to a delimiter', () => {
    // Runs written the trusted way (`[^/]+/`, `[^.]*\\.`) and ways that are not (another
    // delimiter, an unescaped special one, a letter), in anchored and unanchored alternatives.
    const parts = ['a', '/', '-', '.', '\\.', '(', ')', '|', '|^', '$', '[^/]+/', '[^/]*/', '[^-]+-', '[^.]+\\.', '[^.]+.', '[^/]+x', '[^a]+a', '[^/]+'];
    const native = agreeOnGenerated(parts, 11, '^', TEXTS);
    expect(native.filter((p) => p.includes('[^')).length).toBeGreaterThan(300);
  });

  it.each([
    ['^/wiki/api/v2/app/properties|^/rest/atlassian-connect/1/addons/[^/]+/properties', true],
    ['^([^/]+/)x', true],
    ['^a[^-]*-b|^c', true],
    ['^a[(|]b|c[^/]+/', false],
    ['a[^/]+/', false],
    ['^a|b[^/]+/', false],
    ['^a[^.]+.', false],
    ['^a[^/]+x', false],
    ['^a[^a]+a', false],
    ['^a[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/', false],
  ])('runs %j on the JavaScript engine: %s', (pattern, native) => {
    expect(hasNativeShape(pattern)).toBe(native);
    expect(typeof compileSafeRegex(pattern)).not.toBe('string');
  });

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
    '^/wiki/api/v2/app/properties|^/rest/atlassian-connect/1/addons/[^/]+/properties',
    '^([^/]+/)+x',
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
