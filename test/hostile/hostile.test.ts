import { describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { cli, scratchRepo } from '../helpers.js';

// Hostile inputs: each has a documented behaviour and an exit status of 0, 1 or 2, never a stack trace.
const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')));
const APP = 'app:\n  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001\n  runtime:\n    name: nodejs24.x\nmodules: {}\n';

function run(setup: (dir: string) => void) {
  const repo = scratchRepo({});
  try {
    setup(repo.dir);
    const r = cli(['scan', repo.dir, '--format', 'json', '--now', '2026-11-23']);
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    const report = JSON.parse(r.stdout);
    expect(validate(report)).toBe(true);
    return { code: r.code, report };
  } finally {
    repo.cleanup();
  }
}
const write = (dir: string, path: string, data: string | Buffer) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), data);
};

describe('hostile repositories', () => {
  it('a YAML alias bomb: cut off and reported at the manifest', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill('*' + String.fromCharCode(96 + i))
          .join(', ')}]`,
      );
    const { report } = run((d) => write(d, 'manifest.yml', APP + lines.join('\n') + '\n'));
    expect(report.findings.some((f: { message: string }) => /more than 200000 values/.test(f.message))).toBe(true);
  });

  it('nesting 10,000 levels deep in YAML and JSON: a problem at the line, not a stack overflow', () => {
    const { report } = run((d) => {
      write(d, 'manifest.yml', APP.replace('modules: {}', 'modules: ' + '['.repeat(10_000) + ']'.repeat(10_000)));
      write(d, 'package.json', '{"dependencies":' + '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000) + '}');
    });
    const messages = report.findings.map((f: { message: string }) => f.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/nesting is deeper than 512 levels/)]));
  });

  it('a 50 MB single line: the file is not read, and that is reported', () => {
    const { code, report } = run((d) => write(d, 'manifest.yml', APP + '# ' + 'a'.repeat(50 * 1024 * 1024) + '\n'));
    expect(code).toBe(1);
    expect(report.findings[0].message).toMatch(/the manifest was not read: larger than 32 MiB/);
    expect(report.apps[0].roa.eligible).toBeNull();
  });

  it('invalid UTF-8 and NUL bytes: replaced characters, or a binary file reported as unreadable', () => {
    const utf8 = run((d) =>
      write(d, 'manifest.yml', Buffer.concat([Buffer.from(APP), Buffer.from('permissions:\n  scopes:\n    - "read:\xff\xfe"\n', 'latin1')])),
    );
    expect(utf8.report.findings.some((f: { policyId: string }) => f.policyId === 'scope-unknown')).toBe(true);
    const nul = run((d) => write(d, 'manifest.yml', Buffer.from(APP.replace('modules', 'mod\0ules'))));
    expect(nul.report.findings[0].message).toMatch(/binary file/);
  });

  it('symlink loops and links out of the root are listed as skipped and never followed', () => {
    const { report } = run((d) => {
      write(d, 'manifest.yml', APP);
      symlinkSync('.', join(d, 'self'));
      symlinkSync('/etc', join(d, 'outside'));
      symlinkSync(join(d, 'missing'), join(d, 'dangling'));
    });
    expect(report.skipped.map((s: { path: string; reason: string }) => `${s.path}: ${s.reason}`).sort()).toEqual([
      'dangling: broken or looping symbolic link (not followed)',
      'outside: symbolic link pointing outside the repository (not followed)',
      'self: symbolic link (not followed; the file it points to is scanned where it lives)',
    ]);
  });

  it('file names with newlines, control characters and markdown cannot forge output', () => {
    const r = (() => {
      const repo = scratchRepo({});
      try {
        write(repo.dir, 'apps/evil\n::error file=x::forged <b>@user #1/manifest.yml', APP + 'permissions:\n  scopes:\n    - manage:jira-project\n');
        return cli(['scan', repo.dir, '--now', '2026-11-23']);
      } finally {
        repo.cleanup();
      }
    })();
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::error/m);
    expect(r.stdout).toContain('apps/evil\\n::error file=x::forged <b>@user #1/manifest.yml');
  });

  it('a manifest that is a list, an empty repository and one without a Forge app all pass with a note', () => {
    for (const setup of [(d: string) => write(d, 'manifest.yml', '- app\n- modules\n'), () => undefined, (d: string) => write(d, 'README.md', '# hello\n')]) {
      const { code, report } = run(setup);
      expect(code).toBe(0);
      expect(report.apps).toEqual([]);
    }
  });
});
