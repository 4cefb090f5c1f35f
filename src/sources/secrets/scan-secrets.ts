import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { claim, waitForFlag, type SharedQueue } from '../../util/shared-queue.js';
import { receiveMessageOnPort, MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { RepoFile as WalkedFile } from '../walk.js';

/** What the pass needs of a file: where it is and how large. */
type RepoFile = Pick<WalkedFile, 'path' | 'size'>;
import type { SkippedPath } from '../../model/inputs.js';
import type { Suppression } from '../../model/suppression.js';
import type { Location } from '../../model/location.js';
import { buildKeywordIndex, type KeywordIndex } from './keyword-index.js';
import { scanFile, scanText, SUPPRESSION_MARKER, type SecretFinding } from './scan-file.js';
import type { Detector, DetectorSpec } from './detectors.js';
import { packageRoot } from '../../util/package-root.js';

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
export const PARALLEL_FROM_BYTES = 32 * 1024 * 1024;

export interface SecretsResult {
  document: SecretsDocument;
  suppressions: Suppression[];
}

/** Each detector list's keyword index, built once (see `indexFor`). */
const indexes = new WeakMap<readonly Detector[], KeywordIndex>();

/**
 * The keyword index of a detector list, with the suppression marker as owner -1. One per list:
 * the code facts' literal test and the secrets pass then share it, and the WebAssembly filter,
 * which holds the tables of one index at a time, is not loaded twice.
 */
export function indexFor(detectors: readonly Detector[]): KeywordIndex {
  let index = indexes.get(detectors);
  if (index) return index;
  index = buildKeywordIndex([...detectors.map((d) => d.keywords), [SUPPRESSION_MARKER]]);
  index.owners = index.owners.map((o) => o.map((i) => (i === detectors.length ? -1 : i)));
  indexes.set(detectors, index);
  return index;
}

/**
 * Scans a list of files in this thread. With a queue (shared with other threads), it takes the
 * next unclaimed file until none is left, and marks each file it takes with its slot.
 */
export function scanFiles(
  root: string,
  files: readonly RepoFile[],
  detectors: readonly Detector[],
  queue?: SharedQueue,
  index = indexFor(detectors),
): SecretsResult {
  const result: SecretsResult = { document: { findings: [], skipped: [] }, suppressions: [] };
  for (let next = 0; ; next++) {
    const i = queue ? claim(queue) : next;
    if (i >= files.length) break;
    const f = files[i]!;
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
 * shared out through one queue of files: a worker thread per other core starts on it at once, so
 * the caller can load its policies meanwhile, and this thread joins when it collects. Small
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
  if (total < PARALLEL_FROM_BYTES || !specs) {
    stopSecretsWorkers(options.workers);
    return { collect: () => scanFiles(root, files, detectors) };
  }
  const workers = options.workers ?? startSecretsWorkers(specs, options);
  if (!workers) return { collect: () => scanFiles(root, files, detectors) };
  // One queue of files, biggest first, from which every thread takes the next file when it is
  // free: the worker threads start on it at once, and this thread joins when it collects (after
  // loading the policies), so whoever starts earlier simply does more. Biggest first keeps the
  // last files small, so the threads finish together.
  const queued = [...files].sort((a, b) => b.size - a.size);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const claimedBy = new Int32Array(new SharedArrayBuffer(4 * queued.length));
  for (const { port } of workers.running) port.postMessage({ root, files: queued, next, claimedBy });
  const queue = { next, claimedBy, slot: workers.running.length };
  const deadline = options.deadline ?? deadlineFor(total / (workers.running.length + 1));
  return { collect: () => collectWorkers(root, files, queued, detectors, queue, workers, deadline) };
}

export interface WorkerOptions {
  /** The worker script (tests use others); dist/secrets-worker.js by default. */
  script?: string;
  /** How long to wait for a worker before redoing its files here, in milliseconds. */
  deadline?: number;
  /** Workers started beforehand (see `startSecretsWorkers`); they are used or stopped. */
  workers?: SecretsWorkers;
}

/** Worker threads of a secrets pass, started and compiling their detectors, waiting for files. */
export interface SecretsWorkers {
  running: Array<{ port: MessagePort; worker: Worker }>;
  /** One per worker: set when it has posted its result (or its error). */
  flags: Int32Array;
}

/**
 * Starts a worker thread per other core (up to three), which compile the detectors and wait for
 * the files. A worker costs about a tenth of a second to start, so a caller that knows early
 * that it will need them (the walk, once it has listed enough bytes) starts them then, and the
 * two overlap. None on one core.
 */
export function startSecretsWorkers(specs: readonly DetectorSpec[], options: Pick<WorkerOptions, 'script'> = {}): SecretsWorkers | undefined {
  const threads = Math.min(availableParallelism(), 4);
  const script = options.script ?? workerScript();
  if (threads < 2 || !script) return undefined;
  const flags = new Int32Array(new SharedArrayBuffer(4 * (threads - 1)));
  const running = Array.from({ length: threads - 1 }, (_, slot) => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(script, { workerData: { specs, port: port2, flags, slot }, transferList: [port2] });
    worker.unref();
    // A worker that throws outside its own try (while loading, say) emits 'error'; unheard, that
    // would end the whole process. Its files are redone here instead (see collectWorkers).
    worker.on('error', () => undefined);
    return { port: port1, worker };
  });
  return { running, flags };
}

/** Stops workers that turn out not to be needed (a small checkout). */
export function stopSecretsWorkers(workers?: SecretsWorkers): void {
  for (const { worker } of workers?.running ?? []) void worker.terminate();
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

function collectWorkers(
  root: string,
  files: readonly RepoFile[],
  queued: readonly RepoFile[],
  detectors: readonly Detector[],
  queue: SharedQueue,
  { running, flags }: SecretsWorkers,
  deadline: number,
): SecretsResult {
  const merged = scanFiles(root, queued, detectors, queue);
  const until = Date.now() + deadline;
  const failed = new Set<number>();
  for (let slot = 0; slot < running.length; slot++) {
    // Block until the worker says it is done; then its one message is waiting on the port. The
    // event loop is blocked meanwhile, so a worker that died is noticed by the deadline only.
    waitForFlag(flags, slot, until);
    const message = receiveMessageOnPort(running[slot]!.port)?.message as SecretsResult | { error: string } | undefined;
    void running[slot]!.worker.terminate();
    // A worker that failed or never answered has its files redone here, whole: results are never partial.
    if (!message || 'error' in message) {
      failed.add(slot + 1);
      continue;
    }
    merged.document.findings.push(...message.document.findings);
    merged.document.skipped.push(...message.document.skipped);
    merged.suppressions.push(...message.suppressions);
  }
  if (failed.size) {
    // Also any file taken by a thread that died before it could say so (marked by nobody).
    const redo = queued.filter((_, i) => failed.has(Atomics.load(queue.claimedBy, i)) || Atomics.load(queue.claimedBy, i) === 0);
    const again = scanFiles(root, redo, detectors);
    merged.document.findings.push(...again.document.findings);
    merged.document.skipped.push(...again.document.skipped);
    merged.suppressions.push(...again.suppressions);
  }
  // The threads' results are put back in the order of the walk.
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
