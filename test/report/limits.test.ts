import { describe, expect, it } from '@jest/globals';
import { scan } from '../../src/run/scan.js';
import { renderMarkdown, COMMENT_LIMIT, MAX_CHANGE_LINES, SUMMARY_LIMIT } from '../../src/report/markdown.js';
import { byteLength, cutToBytes } from '../../src/util/bytes.js';
import type { ScanResult } from '../../src/model/scan-result.js';

const NOW = new Date('2026-11-23T00:00:00Z');
const base = scan({ path: 'examples/violating-app', base: 'examples/compliant-app', now: NOW });
const validUtf8 = (text: string) =>
  Buffer.from(text, 'utf8').toString('utf8') === text && !/[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

describe('limits by construction', () => {
  it('caps the trust diff of 5,000 new egress entries, and keeps the verdict, the RoA table, the findings and the diagram, in that order', () => {
    const comparison = base.comparison!;
    const egressAdded = Array.from({ length: 5000 }, (_, i) => ({ kind: 'fetch.backend', target: `host-${i}.example.com` }));
    const huge: ScanResult = { ...base, comparison: { ...comparison, apps: comparison.apps.map((a) => ({ ...a, egressAdded })) } };
    const body = renderMarkdown(huge, { limit: COMMENT_LIMIT, marker: true, fullReportHint: 'see the job summary.' });
    expect(byteLength(body)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).not.toContain('cut to fit');
    expect(body).toMatch(new RegExp(`- and \\d+ more changes: see the job summary\\.`));
    expect(body.split('\n').filter((l) => l.includes('**new fetch')).length).toBeLessThanOrEqual(MAX_CHANGE_LINES);
    const order = ['**Failing**', '### Runs on Atlassian', '### What this pull request changes', '🟥', '```mermaid'].map((s) => body.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps the job summary within 1 MiB of UTF-8 for CJK and emoji text, never cutting a character', () => {
    const cjk = '漢字の説明文🙂'.repeat(400);
    const findings = Array.from({ length: 2000 }, (_, i) => ({ ...base.findings[0]!, fingerprint: `f${i}`, message: `${i} ${cjk}` }));
    const summary = renderMarkdown({ ...base, findings }, { limit: SUMMARY_LIMIT });
    expect(byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(byteLength(summary)).toBeGreaterThan(SUMMARY_LIMIT / 2);
    expect(validUtf8(summary)).toBe(true);
    expect(summary).toContain('not listed here to stay within');
  });

  it('cuts text at a character boundary, in bytes', () => {
    expect(cutToBytes('a🙂b', 2)).toBe('a');
    expect(cutToBytes('a🙂b', 5)).toBe('a🙂');
    expect(cutToBytes('漢字', 4)).toBe('漢');
    expect(cutToBytes('plain', 10)).toBe('plain');
  });
});
