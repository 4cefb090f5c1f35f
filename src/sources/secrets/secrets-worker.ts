// A worker thread of the secrets pass: scans its share of the files and posts one message.
import { workerData, type MessagePort } from 'node:worker_threads';
import { compileDetectors, type DetectorSpec } from './detectors.js';
import { scanFiles } from './scan-secrets.js';
import type { RepoFile } from '../walk.js';

const { root, files, specs, port, flags, slot } = workerData as {
  root: string;
  files: RepoFile[];
  specs: DetectorSpec[];
  port: MessagePort;
  flags: Int32Array;
  slot: number;
};
try {
  port.postMessage(scanFiles(root, files, compileDetectors(specs, 'data/secret-detectors.json').detectors));
} catch (e) {
  port.postMessage({ error: (e as Error).message });
}
Atomics.store(flags, slot, 1);
Atomics.notify(flags, slot);
