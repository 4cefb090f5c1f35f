// A worker thread of the secrets pass. It compiles the detectors and loads the keyword filter as
// soon as it starts (while the main thread is still walking the checkout), then waits for the
// files: it takes them from the shared queue until none is left, and posts one message with
// what it found.
import { workerData, type MessagePort } from 'node:worker_threads';
import { compileDetectors, type DetectorSpec } from './detectors.js';
import { indexFor, scanFiles } from './scan-secrets.js';
import { findKeywords } from './keyword-index.js';
import type { RepoFile as WalkedFile } from '../walk.js';

/** What the pass needs of a file: where it is and how large. */
type RepoFile = Pick<WalkedFile, 'path' | 'size'>;

interface Job {
  root: string;
  files: RepoFile[];
  next: Int32Array;
  claimedBy: Int32Array;
}

const { specs, port, flags, slot } = workerData as { specs: DetectorSpec[]; port: MessagePort; flags: Int32Array; slot: number };

/** Posts the result (or the error) and raises this worker's flag: the main thread waits on it. */
function answer(message: unknown): void {
  port.postMessage(message);
  Atomics.store(flags, slot, 1);
  Atomics.notify(flags, slot);
}

try {
  const detectors = compileDetectors(specs, 'data/secret-detectors.json').detectors;
  const index = indexFor(detectors);
  findKeywords(index, new Uint8Array(0), 0); // writes the filter's tables now, not on the first file
  port.once('message', (job: Job) => {
    try {
      answer(scanFiles(job.root, job.files, detectors, { next: job.next, claimedBy: job.claimedBy, slot }, index));
    } catch (e) {
      answer({ error: (e as Error).message });
    }
  });
} catch (e) {
  // Said at once, so the main thread does not wait for a worker that will never scan.
  answer({ error: (e as Error).message });
}
