// A worker thread of the secrets pass: takes files from the shared queue until none is left, and
// posts one message with what it found.
import { workerData, type MessagePort } from 'node:worker_threads';
import { compileDetectors, type DetectorSpec } from './detectors.js';
import { scanFiles } from './scan-secrets.js';
import type { RepoFile } from '../walk.js';

const { root, files, specs, port, flags, slot, next, claimedBy } = workerData as {
  root: string;
  files: RepoFile[];
  specs: DetectorSpec[];
  port: MessagePort;
  flags: Int32Array;
  slot: number;
  next: Int32Array;
  claimedBy: Int32Array;
};
try {
  port.postMessage(scanFiles(root, files, compileDetectors(specs, 'data/secret-detectors.json').detectors, { next, claimedBy, slot }));
} catch (e) {
  port.postMessage({ error: (e as Error).message });
}
Atomics.store(flags, slot, 1);
Atomics.notify(flags, slot);
