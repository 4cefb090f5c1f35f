import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { receiveMessageOnPort, MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { RepoFile, SkippedPath } from '../walk.js';
import type { Suppression } from '../inline-suppressions.js';
import type { Location } from '../location.js';
import { buildKeywordIndex } from './keyword-index.js';
import { scanFile, scanText, SUPPRESSION_MARKER, type SecretFinding } from './scan-file.js';
import type { Detector, DetectorSpec } from './detectors.js';
import { packageRoot } from '../../package-root.js';

export { compileDetectors, shannonEntropy, type Detector, type DetectorSpec } from './detectors.js';
export type { SecretFinding } from './scan-file.js';

export interface SecretsDocument {
  findings: SecretFinding[];
  /** Files the pass did not read, and why (binary, too large). */
  skipped: SkippedPath[];
}

/** Files larger than this are not scanned; smaller ones are streamed, so memory does not grow with them. */
export const MAX_SECRET_SCAN_BYTES = 1024 * 1024 * 1024;
/** Below this many bytes in all, starting worker threads costs more than it saves. */
const PARALLEL_FROM_BYTES = 32 * 1024 * 1024;

export interface SecretsResult {
  document: SecretsDocument;
  suppressions: Suppression[];
}

/** The keyword index of a detector list, with the suppression marker as owner -1. */
export function indexFor(detectors: readonly Detector[]) {
  const index = buildKeywordIndex([...detectors.map((d) => d.keywords), [SUPPRESSION_MARKER]]);
  index.owners = index.owners.map((o) => o.map((i) => (i === detectors.length ? -1 : i)));
  return index;
}

/** Scans a list of files in this thread. */
export function scanFiles(root: string, files: readonly RepoFile[], detectors: readonly Detector[]): SecretsResult {
  const index = indexFor(detectors);
  const result: SecretsResult = { document: { findings: [], skipped: [] }, suppressions: [] };
  for (const f of files) {
    const r = scanFile(root, f.path, detectors, index, MAX_SECRET_SCAN_BYTES);
    if ('skipped' in r) {
      if (!r.skipped.startsWith('binary')) result.document.skipped.push({ path: f.path, reason: r.skipped });
      continue;
    }
    result.document.findings.push(...r.findings);
    result.suppressions.push(...r.suppressions);
  }
  return result;
}

/** A secrets pass under way: `collect` waits for it (or, in this thread, runs it) and returns the result. */
export interface PendingSecrets {
  collect(): SecretsResult;
}

/**
 * One pass over the checkout's text files with every detector, behind the keyword prefilter.
 * The same pass collects `forge-trust-ignore` comments from every file. Large checkouts are
 * split by size into one share per core: worker threads start on theirs at once, so the caller
 * can load its policies meanwhile, and this thread scans the last share when it collects. Small
 * checkouts are scanned in this thread, when collected.
 */
export function startSecretsScan(
  root: string,
  files: readonly RepoFile[],
  detectors: readonly Detector[],
  specs?: readonly DetectorSpec[],
  options: WorkerOptions = {},
): PendingSecrets {
  const total = files.reduce((n, f) => n + f.size, 0);
  const threads = Math.min(availableParallelism(), 4);
  const script = options.script ?? workerScript();
  if (total < PARALLEL_FROM_BYTES || threads < 2 || !script || !specs) return { collect: () => scanFiles(root, files, detectors) };
  return startWorkers(root, files, detectors, specs, threads, script, options.deadline ?? deadlineFor(total / threads));
}

export interface WorkerOptions {
  /** The worker script (tests use others); dist/secrets-worker.js by default. */
  script?: string;
  /** How long to wait for a worker before redoing its share here, in milliseconds. */
  deadline?: number;
}

/** A worker that has not answered by then is presumed dead (it could not even start): a minute, plus a second per MB. */
const deadlineFor = (bytes: number) => 60_000 + Math.ceil(bytes / 1024 / 1024) * 1000;

/** The secrets pass, start to finish. */
export function scanSecrets(root: string, files: readonly RepoFile[], detectors: readonly Detector[], specs?: readonly DetectorSpec[]): SecretsResult {
  return startSecretsScan(root, files, detectors, specs).collect();
}

function workerScript(): string | undefined {
  try {
    const file = join(packageRoot(), 'dist', 'secrets-worker.js');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

function startWorkers(
  root: string,
  files: readonly RepoFile[],
  detectors: readonly Detector[],
  specs: readonly DetectorSpec[],
  threads: number,
  script: string,
  deadline: number,
): PendingSecrets {
  // Balance by bytes: biggest files first, each to the least loaded share. The last share is
  // this thread's: it scans it when the result is collected, instead of waiting idle, which
  // saves starting one more worker (each costs tens of milliseconds before it reads a byte).
  const shares: RepoFile[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  for (const f of [...files].sort((a, b) => b.size - a.size)) {
    const i = load.indexOf(Math.min(...load));
    shares[i]!.push(f);
    load[i]! += f.size;
  }
  const own = shares.pop()!;
  const flags = new Int32Array(new SharedArrayBuffer(4 * shares.length));
  const running = shares.map((share, slot) => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(script, { workerData: { root, files: share, specs, port: port2, flags, slot }, transferList: [port2] });
    worker.unref();
    // A worker that throws outside its own try (while loading, say) emits 'error'; unheard, that
    // would end the whole process. Its share is redone here instead (see collectWorkers).
    worker.on('error', () => undefined);
    return { port: port1, worker };
  });
  return { collect: () => collectWorkers(root, files, detectors, own, running, flags, deadline) };
}

function collectWorkers(
  root: string,
  files: readonly RepoFile[],
  detectors: readonly Detector[],
  own: readonly RepoFile[],
  running: ReadonlyArray<{ port: MessagePort; worker: Worker }>,
  flags: Int32Array,
  deadline: number,
): SecretsResult {
  const merged = scanFiles(root, own, detectors);
  const until = Date.now() + deadline;
  for (let slot = 0; slot < running.length; slot++) {
    // Block until the worker says it is done; then its one message is waiting on the port. The
    // event loop is blocked meanwhile, so a worker that died is noticed by the deadline only.
    while (Atomics.load(flags, slot) === 0 && Date.now() < until) Atomics.wait(flags, slot, 0, Math.min(1000, Math.max(1, until - Date.now())));
    const message = receiveMessageOnPort(running[slot]!.port)?.message as SecretsResult | { error: string } | undefined;
    // A worker that failed or never answered is redone here, whole: results are never partial.
    if (!message || 'error' in message) {
      for (const r of running) void r.worker.terminate();
      return scanFiles(root, files, detectors);
    }
    void running[slot]!.worker.terminate();
    merged.document.findings.push(...message.document.findings);
    merged.document.skipped.push(...message.document.skipped);
    merged.suppressions.push(...message.suppressions);
  }
  // The threads' shares are put back in the order of the walk.
  const order = new Map(files.map((f, i) => [f.path, i]));
  const byPosition = (a: Location, b: Location) =>
    (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.startLine - b.startLine || a.startColumn - b.startColumn;
  merged.document.findings.sort((a, b) => byPosition(a.location, b.location));
  merged.suppressions.sort((a, b) => byPosition(a.location, b.location));
  merged.document.skipped.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
  return merged;
}

/** The description of the first detector that matches a whole string literal, if any. */
export function literalSecretTest(detectors: readonly Detector[]): (text: string) => string | undefined {
  const index = indexFor(detectors);
  return (text) => (text.length < 8 || text.length > 10_000 ? undefined : scanText(text, '', detectors, index).findings[0]?.description);
}
