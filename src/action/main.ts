import * as core from '@actions/core';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { scan } from '../run/scan.js';
import { type ScanResult } from '../model/scan-result.js';
import { FORMATS } from '../report/formats.js';
import type { RenderOptions } from '../report/formatter.js';
import { withPathPrefix } from '../report/path-prefix.js';
import { renderMarkdown, COMMENT_LIMIT, SUMMARY_LIMIT } from '../report/markdown.js';
import { selectAnnotations, ANNOTATIONS_PER_LEVEL } from '../report/annotations.js';
import { addedLines, type ChangedLines } from '../sources/patch.js';
import { formatProblem } from '../model/problem.js';
import { SEVERITIES } from '../model/policy.js';
import { INPUT_NAMES, readInputs, type ActionInputs } from './inputs.js';
import { readContext, type GithubContext } from './context.js';
import { apiLimitsFrom, BUDGET_SPENT_STATUS, createClient, statusOf, type GithubClient } from './github.js';
import { tokenLogin, upsertStickyComment, WORKFLOW_TOKEN_LOGIN } from './sticky-comment.js';
import { publishCheckRun } from './check-run.js';
import { checkoutBase } from './base-checkout.js';
import type { AdvisoryLookup } from '../sources/advisories/providers.js';
import { advisoryProvider, lookupInstalled } from '../run/advisories.js';

/** Annotations a check run carries at most: 5 requests of 50, so writing them takes seconds, not minutes. */
export const CHECK_RUN_MAX_ANNOTATIONS = 250;

/** Events on which the Action knows what to do; others still scan, with a note. */
export const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'push', 'merge_group', 'workflow_dispatch', 'schedule'];

const why = (e: unknown) => {
  const status = statusOf(e);
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  const headers = (e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers;
  if (headers?.['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return `GitHub's rate limit for this token is used up${Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : ''}, and the reset is too far away to wait for`;
  }
  if (status === BUDGET_SPENT_STATUS) return message;
  return status === 403 || status === 404
    ? `the token may not write here (HTTP ${status}; a pull request from a fork gets a read-only token)`
    : `${message}${status ? ` (HTTP ${status})` : ''}`;
};

async function changedLines(client: GithubClient, ctx: GithubContext, notes: string[]): Promise<ChangedLines | undefined> {
  if (!ctx.pullRequest) return undefined;
  try {
    const files = (await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: ctx.pullRequest.number,
      per_page: 100,
    })) as Array<{ filename: string; patch?: string }>;
    return new Map(files.map((f) => [f.filename, addedLines(f.patch ?? '')]));
  } catch (e) {
    notes.push(`Could not read the pull request's changed lines (${why(e)}); annotations are ordered by severity only.`);
    return undefined;
  }
}

function writeFile(workspace: string, path: string, text: string): string {
  const full = resolve(workspace, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return relative(workspace, full) || full;
}

/**
 * Workflow annotations within GitHub's 10 per level per step, counting our own: the verdict
 * (`setFailed` is an error), configuration errors, the one warning that carries the run's notes,
 * and the notice that counts what is not shown.
 */
function annotate(result: ScanResult, changed: ChangedLines | undefined, configErrors: number): void {
  const verdictLine = result.verdict === 'pass' ? 0 : 1;
  const budget = {
    error: Math.max(0, ANNOTATIONS_PER_LEVEL - verdictLine - configErrors),
    warning: ANNOTATIONS_PER_LEVEL - 1,
    notice: ANNOTATIONS_PER_LEVEL - 1,
  };
  const { shown, omitted } = selectAnnotations(result.findings, { changed, budget });
  for (const a of shown) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn, endColumn: a.endColumn };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  if (omitted > 0)
    core.notice(
      `${omitted} more Forge Trust finding${omitted === 1 ? ' is' : 's are'} not shown as annotations (GitHub keeps ${ANNOTATIONS_PER_LEVEL} per level per step). The job summary lists them all.`,
      { title: 'Forge Trust: more findings' },
    );
}

/** Configuration errors as error annotations, leaving room for the verdict; the rest are in the log and the summary. */
function reportErrors(result: ScanResult): number {
  const room = ANNOTATIONS_PER_LEVEL - 1;
  const shown = result.errors.slice(0, room);
  for (const e of shown) core.error(formatProblem(e), { title: 'Forge Trust: configuration error', file: e.line ? e.file : undefined, startLine: e.line });
  for (const e of result.errors.slice(room)) core.info(`Forge Trust: configuration error: ${formatProblem(e)}`);
  return shown.length;
}

/**
 * The Action: scan, annotate, publish the check run, the sticky comment, the job summary, SARIF
 * and JSON, set outputs, and decide pass or fail once. A refused write (fork pull requests get
 * read-only tokens) is logged and never fails the check; configuration errors always do.
 */
export async function run(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<void> {
  const notes: string[] = [];
  const ctx = await readContext(env, cwd, notes);
  const { inputs, problems } = readInputs((name) => core.getInput(name));
  if (problems.length) {
    for (const p of problems) core.error(p, { title: 'Forge Trust: invalid input' });
    core.setOutput('result', 'error');
    core.setFailed(`Forge Trust: ${problems.length} invalid input${problems.length === 1 ? '' : 's'}: ${problems.join('; ')}`);
    return;
  }
  if (!SUPPORTED_EVENTS.includes(ctx.eventName))
    notes.push(`The ${ctx.eventName} event is not one Forge Trust is designed for; the repository was scanned as on a push.`);
  const client = inputs.token ? await clientOrNote(inputs.token, ctx, env, notes) : undefined;
  const result = await scanWithBase(inputs, ctx, client, notes);
  // Paths in everything GitHub shows are repository-relative; the JSON report keeps the scanned folder's, as the CLI's.
  const shown = withPathPrefix(result, relative(ctx.workspace, resolve(ctx.workspace, inputs.path)) || '.');
  const configErrors = reportErrors(result);

  if (!inputs.token) notes.push('No GitHub token was given, so there is no pull-request comment or check run; annotations and this summary carry the results.');
  const changed = client ? await changedLines(client, ctx, notes) : undefined;
  if (inputs.annotations) annotate(shown, changed, configErrors);
  if (client && inputs.annotations && ctx.sha) await checkRun(client, ctx, shown, changed, notes);
  const outputs = writeReports(inputs, ctx, result, shown);
  const links = ctx.sha ? { serverUrl: ctx.serverUrl, repository: `${ctx.owner}/${ctx.repo}`, sha: ctx.sha } : undefined;
  if (client && ctx.pullRequest && inputs.comment !== 'off') await comment(client, ctx, inputs, shown, links, notes);
  // One warning for all the notes: GitHub keeps 10 warnings per step, and findings need them.
  if (notes.length) core.warning(notes.join('\n'), { title: 'Forge Trust' });
  if (env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(env.GITHUB_STEP_SUMMARY, renderMarkdown(shown, { limit: SUMMARY_LIMIT, links, notes }));
    } catch (e) {
      core.warning(`Could not write the job summary: ${why(e)}`);
    }
  }
  setOutputs(result, outputs);
  decide(result, inputs);
}

/** The GitHub client, or a note saying why there is none (the results still come, without API steps). */
async function clientOrNote(token: string, ctx: GithubContext, env: NodeJS.ProcessEnv, notes: string[]): Promise<GithubClient | undefined> {
  try {
    return await createClient(token, ctx.apiUrl, (s) => core.info(s), apiLimitsFrom(env));
  } catch (e) {
    notes.push(`The GitHub client could not be set up (${e instanceof Error ? e.message.split('\n')[0] : String(e)}), so there is no comment or check run.`);
    return undefined;
  }
}

/** Scans the workspace, and on pull requests the base revision too, with advisories looked up first when asked for. */
async function scanWithBase(inputs: ActionInputs, ctx: GithubContext, client: GithubClient | undefined, notes: string[]): Promise<ScanResult> {
  // On pull requests the base is scanned too, so findings can be new or existing and the trust diff shown.
  const base = ctx.pullRequest?.baseSha ? await checkoutBase(ctx, ctx.pullRequest.baseSha, client, (s) => core.info(s)) : undefined;
  if (ctx.pullRequest && !base) notes.push('The base revision could not be read, so every finding was judged, not only those this pull request introduces.');
  try {
    const baseDir = base ? resolve(base.dir, inputs.path) : undefined;
    const advisories = await advisoryLookup(inputs, ctx, [resolve(ctx.workspace, inputs.path), ...(baseDir ? [baseDir] : [])]);
    return scanWith(inputs, ctx, baseDir, advisories);
  } finally {
    base?.cleanup();
  }
}

/** A check run carrying every annotation, not only the ten per level that workflow commands show. */
async function checkRun(client: GithubClient, ctx: GithubContext, result: ScanResult, changed: ChangedLines | undefined, notes: string[]): Promise<void> {
  try {
    const isNew = (f: { fingerprint: string }) => result.comparison?.statuses.get(f.fingerprint) === 'new';
    const all = selectAnnotations(result.findings, { changed, isNew }).shown.slice(0, CHECK_RUN_MAX_ANNOTATIONS);
    const summary = renderMarkdown(result, { limit: 60_000, links: { serverUrl: ctx.serverUrl, repository: `${ctx.owner}/${ctx.repo}`, sha: ctx.sha! } });
    await publishCheckRun(client, ctx, {
      title: `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`,
      summary,
      conclusion: result.verdict === 'pass' ? 'success' : result.verdict === 'fail' ? 'failure' : 'neutral',
      annotations: all,
    });
    const left = result.findings.filter((f) => f.location).length - all.length;
    core.info(
      `Published ${all.length} annotations in a check run${left > 0 ? `; ${left} more are in the job summary (the check run carries ${CHECK_RUN_MAX_ANNOTATIONS} at most, new and changed-line findings first)` : ''}.`,
    );
  } catch (e) {
    notes.push(`The check run with all annotations could not be created: ${why(e)}. The workflow annotations above carry the most important ones.`);
  }
}

/** The report files the inputs ask for, each rendered by its format; their paths for the outputs. */
function writeReports(inputs: ActionInputs, ctx: GithubContext, result: ScanResult, shown: ScanResult): Record<string, string> {
  const outputs: Record<string, string> = {};
  const files = [
    { output: 'sarif-file', path: inputs.sarifFile, format: 'sarif', result: shown },
    { output: 'json-file', path: inputs.jsonFile, format: 'json', result },
  ];
  for (const f of files) if (f.path) outputs[f.output] = writeFile(ctx.workspace, f.path, FORMATS.get(f.format)!.render(f.result));
  return outputs;
}

/** The sticky pull-request comment, created only when there is something to say (or always, if asked). */
async function comment(
  client: GithubClient,
  ctx: GithubContext,
  inputs: ActionInputs,
  result: ScanResult,
  links: RenderOptions['links'],
  notes: string[],
): Promise<void> {
  try {
    const body = renderMarkdown(result, { limit: COMMENT_LIMIT, links, marker: true, fullReportHint: 'The job summary of this run lists them all.' });
    const create = inputs.comment === 'always' || result.findings.length > 0 || result.errors.length > 0;
    const login = await tokenLogin(client);
    if (!login) core.info(`GitHub did not say whom the token belongs to; Forge Trust's comments are taken to be ${WORKFLOW_TOKEN_LOGIN}'s.`);
    const { outcome, foreign } = await upsertStickyComment(client, ctx, ctx.pullRequest!.number, body, create, login ?? WORKFLOW_TOKEN_LOGIN);
    core.info(`Pull-request comment ${outcome}.`);
    if (foreign)
      notes.push(
        `${foreign} comment${foreign === 1 ? '' : 's'} on this pull request carr${foreign === 1 ? 'ies' : 'y'} the Forge Trust marker but ${foreign === 1 ? 'was' : 'were'} not written by ${login ?? WORKFLOW_TOKEN_LOGIN}; left alone, and not the results of this run.`,
      );
  } catch (e) {
    notes.push(`The pull-request comment could not be posted: ${why(e)}. The results are in the annotations and this summary.`);
  }
}

function setOutputs(result: ScanResult, outputs: Record<string, string>): void {
  const roa = result.apps.map((a) => a.roa.eligible);
  outputs.result = result.verdict;
  for (const s of SEVERITIES) outputs[s] = String(result.counts[s]);
  outputs['roa-eligible'] = roa.length === 0 || roa.includes(null) ? 'unknown' : String(roa.every((x) => x === true));
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
}

/** Pass or fail, once. */
function decide(result: ScanResult, inputs: ActionInputs): void {
  if (result.verdict === 'error')
    core.setFailed(`Forge Trust: ${result.errors.length} configuration error${result.errors.length === 1 ? '' : 's'} must be fixed (see above).`);
  else if (result.verdict === 'fail')
    core.setFailed(
      `Forge Trust: ${result.findings.filter((f) => SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(result.failOn as never)).length} finding(s) at ${result.failOn} or above.`,
    );
  else core.info(`Forge Trust: passed with ${result.findings.length} finding(s)${inputs.mode === 'warn' ? ' (warn mode)' : ''}.`);
}

/** Looks the installed packages of head and base up in the configured advisory source. */
async function advisoryLookup(inputs: ActionInputs, ctx: GithubContext, dirs: string[]): Promise<AdvisoryLookup | undefined> {
  const source = inputs.advisories;
  const provider = advisoryProvider(source, { githubApiUrl: ctx.apiUrl, token: inputs.token, cwd: ctx.workspace });
  if (provider === undefined) return undefined;
  if (provider === null)
    return { status: 'unavailable', source, errors: [`"${source}" is not github, osv, off or an OSV file in the workspace`], advisories: new Map() };
  const { lookup, packages } = await lookupInstalled(dirs, provider);
  core.info(`Vulnerability check: ${lookup.status} (${lookup.source}, ${packages} packages).`);
  return lookup;
}

function scanWith(inputs: ActionInputs, ctx: GithubContext, base: string | undefined, advisories: AdvisoryLookup | undefined): ScanResult {
  return scan({
    base,
    advisories,
    onlyNew: inputs.onlyNew,
    path: inputs.path,
    cwd: ctx.workspace,
    config: inputs.config,
    policies: inputs.policies,
    data: inputs.data,
    // warn mode reports findings without failing; configuration errors still fail (decideVerdict).
    failOn: inputs.mode === 'warn' ? 'never' : inputs.failOn,
  });
}

export { INPUT_NAMES };
