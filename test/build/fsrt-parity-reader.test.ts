import { describe, expect, it } from '@jest/globals';
// @ts-expect-error: a plain script module, without types
import { escapeBreaksInQuotes, readFsrtTests, rustString } from '../../scripts/fsrt-parity/read-fsrt-tests.mjs';

// The parity script reads FSRT's Rust test file from a checkout kept outside the repository. This
// is a made-up file in the same shapes, so that a change in the reader shows here.
const RUST = [
  '#[test]',
  'fn one_project() {',
  '    let p = MockForgeProject::files_from_string(',
  '        "// src/index.jsx',
  '        const a = \'x\\n\' + \\"quoted\\";',
  '        // manifest.yml',
  '        modules:',
  '          function:',
  '            - key: main',
  '              handler: index.run",',
  '    );',
  '    let r = scan_directory_test(p);',
  '    assert!(r.contains_authz_vuln(1));',
  '    assert!(r.contains_vulns(1))',
  '}',
  '',
  '#[test] // a comment on the attribute line',
  'fn checker_only() {',
  '    let mut p = MockForgeProject::files_from_string("// src/index.tsx\\nexport const run = 1;");',
  '    p.test_manifest.permissions.scopes.push("read:jira-work".into());',
  '    assert!(r.contains_secret_vuln(0));',
  '}',
  '',
  '// #[test]',
  '// fn commented_out() {',
  '//     let p = MockForgeProject::files_from_string("// src/a.js\\nx");',
  '// }',
  '',
  '#[test]',
  'fn table() {',
  '    let cases: &[(&str, &str, usize, usize)] = &[',
  '        (',
  '            "label one",',
  '            "// src/index.jsx\\nconst t = 1;",',
  '            1,',
  '            0,',
  '        ),',
  '    ];',
  '}',
].join('\n');

describe('reading FSRT test cases', () => {
  it('reads each test function, its files, its manifest and what it asserts, and skips commented-out tests', () => {
    const cases = readFsrtTests(RUST);
    expect(cases.map((c: { name: string }) => c.name)).toEqual(['one_project', 'checker_only', 'table (label one)']);
    const [one, checker, table] = cases;
    expect(Object.keys(one.files)).toEqual(['src/index.jsx']);
    // FSRT removes double quotes from code, and the Rust `\n` inside a JS quote is written back as an escape.
    expect(one.files['src/index.jsx']).toContain("const a = 'x\\n' + quoted;");
    expect(one.manifest).toContain('handler: index.run');
    expect(one.expected).toEqual({ total: 1, authz: 1 });
    expect(checker.expected).toEqual({ secret: 0 });
    expect(checker.scopes).toEqual(['read:jira-work']);
    expect(table.expected).toEqual({ total: 1, api_token: 1, container_token: 0 });
  });

  it('reads Rust string literals, raw ones included', () => {
    expect(rustString('"a\\tb\\u{1F600}\\\\"', 0).value).toBe('a\tb\u{1F600}\\');
    expect(rustString('r#"a "b" c"#', 0).value).toBe('a "b" c');
    expect(escapeBreaksInQuotes("f('a\nb', `c\nd`) /* it's */")).toBe("f('a\\nb', `c\nd`) /* it's */");
  });
});
