#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BASELINE_FILE, createBaseline } from '../engine/baseline.js';
import { scan, type ScanOptions } from '../run/scan.js';
import { type ScanResult } from '../model/scan-result.js';
import type { AdvisoryProvider } from '../sources/advisories/providers.js';
import { advisoryProvider, lookupInstalled } from '../run/advisories.js';
import { ALWAYS_BUILT, DOCUMENTS } from '../sources/documents.js';
import { type DocumentName } from '../model/documents.js';
import { FORMATS } from '../report/formats.js';
import { runPolicyTests } from '../run/policy-tests.js';
import { loadConfiguration } from '../run/configuration.js';
import { SEVERITIES, type Severity } from '../model/policy.js';
import { EXIT_CODES } from '../model/verdict.js';
import { formatProblem } from '../model/problem.js';
import { escapeTerminal } from '../report/escape.js';
import { packageVersion } from '../util/package-root.js';
import { parse, UsageError } from './args.js';
import { suggest } from '../util/suggest.js';

const HELP: Record<string, string> = {
  main: `forge-trust: check an Atlassian Forge app repository against Atlassian's security requirements and Runs on Atlassian

Usage: forge-trust <command> [options]

Commands:
  scan [path]            scan a repository (default: the current folder)
  test [dirs...]         run the tests beside policies (default: the built-in policies)
  policies               list the policies with their severities and requirements
  explain <policy-id>    show what a policy checks, why, and how to fix it
  baseline [path]        record today's findings so that only new ones fail from now on

Run forge-trust <command> --help for a command's options.
Exit status: 0 clean, 1 findings at or above the threshold (or failing policy tests), 2 configuration or internal error.`,
  scan: `Usage: forge-trust scan [path] [options]

Options:
  --format <f>           text, json, sarif or markdown (default: text)
  --config <file>        configuration file (default: .forge-trust.yml at the scanned folder, if any)
  --output <file>        write the report to a file instead of standard output
  --fail-on <severity>   critical, high, medium, low, info or never (default: high)
  --policies <path>      an extra folder or file of policies; repeatable
  --data <path>          an extra folder or file of data documents; repeatable
  --no-builtins          run only the policies given with --policies
  --enable <id>          run a policy that is disabled by default; repeatable
  --disable <id>         leave a policy out; repeatable
  --ignore <glob>        leave matching paths out, on top of .gitignore; repeatable
  --now <YYYY-MM-DD>     the date policies judge by (default: today, or SOURCE_DATE_EPOCH)
  --base <folder>        a checkout of the base revision: findings are marked new or existing, the
                         trust diff is shown, and only new findings decide the exit status
  --all-findings         with --base, let every finding decide the exit status
  --only <documents>     read only these inputs and run only their policies, comma-separated:
                         ${DOCUMENTS.filter((d) => !ALWAYS_BUILT.includes(d)).join(', ')}
                         (--only secrets is a fast secrets-only pass, like gitleaks dir)
  --advisories <source>  check installed packages for known vulnerabilities: osv (the OSV API),
                         github (GitHub's advisory database, with GITHUB_TOKEN), an OSV JSON file
                         or folder (offline), or off (the default; the report says so)
  --advisories-url <url> the API base URL for osv or github (a mirror, or GitHub Enterprise)`,
  test: `Usage: forge-trust test [dirs...] [options]

Runs each policy's test cases (tests.json beside policy.json) and reports every failure.
Options:
  --data <path>          extra data documents; repeatable
  --format <text|json>   output format (default: text)`,
  policies: `Usage: forge-trust policies [--policies <path>] [--format text|json]

Lists every policy: id, severity, whether it is on by default, and the requirements it enforces.`,
  baseline: `Usage: forge-trust baseline [path] [--output FILE] [--policies PATH] [--data PATH] [--config FILE]

Writes the current findings' fingerprints to .forge-trust-baseline.json in the scanned folder (or
--output). Later scans report those findings but judge only the others. Commit the file.`,
  explain: `Usage: forge-trust explain <policy-id> [--policies <path>]

Shows a policy's description, the requirements it enforces, how to fix a finding, and a link.`,
};

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTty: boolean;
  cwd: string;
}

function severityOption(value: string | undefined): Severity | 'never' | undefined {
  if (value === undefined) return undefined;
  if ((SEVERITIES as readonly string[]).includes(value) || value === 'never') return value as Severity | 'never';
  const near = suggest(value, [...SEVERITIES, 'never']);
  throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, never; got "${value}"${near ? ` (did you mean "${near}"?)` : ''}`);
}

function dateOption(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError(`--now takes a date as YYYY-MM-DD; got "${value}"`);
  return new Date(`${value}T00:00:00Z`);
}

function formatOption(value: string | undefined, allowed: string[]): string {
  const f = value ?? 'text';
  if (!allowed.includes(f)) throw new UsageError(`--format must be one of ${allowed.join(', ')}; got "${f}"`);
  return f;
}

/** The advisory source named on the command line; `off` (the default) checks nothing and says so. */
function advisorySource(name: string | undefined, url: string | undefined, cwd: string): AdvisoryProvider | undefined {
  const githubApiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const provider = advisoryProvider(name ?? 'off', { apiUrl: url, githubApiUrl, token: process.env.GITHUB_TOKEN, cwd });
  if (provider === null) throw new UsageError(`--advisories takes off, osv, github or an OSV JSON file or folder; "${name}" is none of these`);
  return provider;
}

function runScan(args: string[], io: Io): number | Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    policies: { type: 'string', multiple: true },
    data: { type: 'string', multiple: true },
    'no-builtins': { type: 'boolean' },
    enable: { type: 'string', multiple: true },
    disable: { type: 'string', multiple: true },
    ignore: { type: 'string', multiple: true },
    now: { type: 'string' },
    config: { type: 'string', short: 'c' },
    base: { type: 'string' },
    'all-findings': { type: 'boolean' },
    only: { type: 'string' },
    advisories: { type: 'string' },
    'advisories-url': { type: 'string' },
  });
  if (values.help) return (io.stdout(HELP.scan + '\n'), 0);
  if (positionals.length > 1) throw new UsageError(`scan takes one path; got ${positionals.length}`);
  const format = formatOption(values.format as string | undefined, [...FORMATS.keys()]);
  const provider = advisorySource(values.advisories as string | undefined, values['advisories-url'] as string | undefined, io.cwd);
  const options: ScanOptions = {
    path: positionals[0] ?? '.',
    cwd: io.cwd,
    failOn: severityOption(values['fail-on'] as string | undefined),
    policies: values.policies as string[] | undefined,
    data: values.data as string[] | undefined,
    noBuiltins: values['no-builtins'] as boolean | undefined,
    enable: values.enable as string[] | undefined,
    disable: values.disable as string[] | undefined,
    ignore: values.ignore as string[] | undefined,
    now: dateOption(values.now as string | undefined),
    config: values.config as string | undefined,
    base: values.base as string | undefined,
    onlyNew: values['all-findings'] ? false : undefined,
    only: onlyOption(values.only as string | undefined),
  };
  if (!provider) return report(scan(options), format, values.output as string | undefined, io);
  const dirs = [options.path, ...(options.base ? [options.base] : [])].map((d) => resolve(io.cwd, d));
  return lookupInstalled(dirs, provider).then(({ lookup }) =>
    report(scan({ ...options, advisories: lookup }), format, values.output as string | undefined, io),
  );
}

function onlyOption(value: string | undefined): DocumentName[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = DOCUMENTS.filter((d) => !ALWAYS_BUILT.includes(d)) as string[];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length || !names.length) throw new UsageError(`--only takes ${known.join(', ')}; got "${value}"`);
  return names as DocumentName[];
}

function report(result: ScanResult, format: string, output: string | undefined, io: Io): number {
  const text = FORMATS.get(format)!.render(result, { color: io.isTty && !output && !process.env.NO_COLOR });
  if (output) {
    writeFileSync(output, text);
    io.stderr(`${result.verdict.toUpperCase()}: ${result.findings.length} finding(s), ${result.errors.length} error(s); report written to ${output}\n`);
  } else {
    io.stdout(text);
  }
  if (format !== 'text' && result.errors.length) for (const e of result.errors) io.stderr(escapeTerminal(formatProblem(e)).replace(/\\n/g, '\n') + '\n');
  return EXIT_CODES[result.verdict];
}

function runTest(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { data: { type: 'string', multiple: true }, format: { type: 'string' } });
  if (values.help) return (io.stdout(HELP.test + '\n'), 0);
  const format = formatOption(values.format as string | undefined, ['text', 'json']);
  const run = runPolicyTests(positionals, { cwd: io.cwd, data: values.data as string[] | undefined });
  const failed = run.results.filter((r) => !r.passed);
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          results: run.results.map(({ actual, ...r }) => ({ ...r, actual: actual.map((f) => ({ message: f.message, location: f.location })) })),
          errors: run.problems,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const p of run.problems) io.stdout(escapeTerminal(formatProblem(p)).replace(/\\n/g, '\n') + '\n');
    for (const r of failed) io.stdout(`FAIL ${r.policyId}: ${escapeTerminal(r.name)} (${r.testFile})\n${r.failures.map((f) => '    ' + f).join('\n')}\n`);
    io.stdout(
      `${run.policies.length} policies, ${run.results.length - failed.length} passed, ${failed.length} failed${run.problems.length ? `, ${run.problems.length} error(s)` : ''}\n`,
    );
  }
  return run.problems.length ? 2 : failed.length ? 1 : 0;
}

function runPoliciesCommand(args: string[], io: Io): number {
  const { values } = parse(args, { policies: { type: 'string', multiple: true }, format: { type: 'string' } });
  if (values.help) return (io.stdout(HELP.policies + '\n'), 0);
  const format = formatOption(values.format as string | undefined, ['text', 'json']);
  const config = loadConfiguration({ cwd: io.cwd, policies: values.policies as string[] | undefined });
  for (const p of config.errors) io.stderr(formatProblem(p) + '\n');
  const sorted = [...config.policies].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        sorted.map((p) => ({
          id: p.id,
          title: p.title,
          severity: p.severity,
          category: p.category,
          enabled: p.enabled,
          requirements: p.requirements,
          origin: p.origin,
        })),
        null,
        2,
      ) + '\n',
    );
  } else {
    const width = Math.max(...sorted.map((p) => p.id.length), 2);
    for (const p of sorted)
      io.stdout(`${p.id.padEnd(width)}  ${p.severity.padEnd(8)} ${p.enabled ? 'on ' : 'off'}  ${p.requirements.map((r) => r.id).join(', ')}\n`);
  }
  return config.errors.length ? 2 : 0;
}

function runExplain(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { policies: { type: 'string', multiple: true } });
  if (values.help) return (io.stdout(HELP.explain + '\n'), 0);
  if (positionals.length !== 1) throw new UsageError('explain takes one policy id');
  const config = loadConfiguration({ cwd: io.cwd, policies: values.policies as string[] | undefined });
  const id = positionals[0]!;
  const p = config.policies.find((x) => x.id === id);
  if (!p) {
    const near = suggest(
      id,
      config.policies.map((x) => x.id),
    );
    throw new UsageError(`no policy has the id "${id}"${near ? `; did you mean "${near}"?` : ''}`);
  }
  const data = config.data.requirements as Record<string, Record<string, { title?: string; url?: string }>> | undefined;
  io.stdout(
    [
      `${p.id} — ${p.title}`,
      `severity: ${p.severity}   category: ${p.category}   ${p.enabled ? 'enabled by default' : 'disabled by default'}`,
      '',
      p.description,
      '',
      'Requirements:',
      ...p.requirements.map((r) => `  - ${r.framework} ${r.id}${data?.[r.framework]?.[r.id]?.title ? `: ${data[r.framework]![r.id]!.title}` : ''}`),
      '',
      `Fix: ${p.remediation}`,
      ...(p.helpUri ? [`More: ${p.helpUri}`] : []),
      `Source: ${p.file}`,
    ].join('\n') + '\n',
  );
  return 0;
}

function runBaseline(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    policies: { type: 'string', multiple: true },
    data: { type: 'string', multiple: true },
    config: { type: 'string' },
  });
  if (values.help) return (io.stdout(HELP.baseline + '\n'), 0);
  const path = positionals[0] ?? '.';
  // An existing baseline only changes what is judged; result.findings still holds every finding.
  const result = scan({
    path,
    cwd: io.cwd,
    policies: values.policies as string[] | undefined,
    data: values.data as string[] | undefined,
    config: values.config as string | undefined,
    failOn: 'never',
  });
  const errors = result.errors;
  for (const e of errors) io.stderr(escapeTerminal(formatProblem(e)).replace(/\\n/g, '\n') + '\n');
  if (errors.length) return 2;
  const target = resolve(io.cwd, (values.output as string | undefined) ?? join(path, BASELINE_FILE));
  writeFileSync(target, JSON.stringify(createBaseline(result.findings), null, 2) + '\n');
  io.stdout(
    `Recorded ${result.findings.length} finding(s) in ${relative(io.cwd, target) || target}. Commit it; from now on only new findings decide the check.\n`,
  );
  return 0;
}

export function main(argv: string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  const fail = (e: unknown): number => {
    if (e instanceof UsageError) {
      io.stderr(`forge-trust: ${e.message}\nRun forge-trust ${command && HELP[command] ? command + ' ' : ''}--help for usage.\n`);
      return 2;
    }
    io.stderr(`forge-trust: internal error: ${(e as Error).stack ?? String(e)}\nPlease report this with the command you ran.\n`);
    return 2;
  };
  try {
    const code = dispatch(command, rest, io);
    return typeof code === 'number' ? code : code.catch(fail);
  } catch (e) {
    return fail(e);
  }
}

function dispatch(command: string | undefined, rest: string[], io: Io): number | Promise<number> {
  {
    switch (command) {
      case 'scan':
        return runScan(rest, io);
      case 'test':
        return runTest(rest, io);
      case 'policies':
        return runPoliciesCommand(rest, io);
      case 'explain':
        return runExplain(rest, io);
      case 'baseline':
        return runBaseline(rest, io);
      case '--version':
      case '-v':
        io.stdout(packageVersion() + '\n');
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP.main + '\n');
        return 0;
      default: {
        const near = suggest(
          command,
          Object.keys(HELP).filter((k) => k !== 'main'),
        );
        throw new UsageError(`unknown command "${command}"${near ? `; did you mean "${near}"?` : ''}`);
      }
    }
  }
}
