import { createRequire as __ftCreateRequire } from 'node:module'; import { fileURLToPath as __ftFileURLToPath } from 'node:url'; const require = __ftCreateRequire(import.meta.url); const __filename = __ftFileURLToPath(import.meta.url); const __dirname = __ftFileURLToPath(new URL('.', import.meta.url));
import {
  compileDetectors,
  findKeywords,
  indexFor,
  scanFiles
} from "./chunk-QQLSRMN5.js";
import "./chunk-GIFDHUGT.js";

// src/sources/secrets/secrets-worker.ts
import { workerData } from "node:worker_threads";
var { specs, port, flags, slot } = workerData;
function answer(message) {
  port.postMessage(message);
  Atomics.store(flags, slot, 1);
  Atomics.notify(flags, slot);
}
try {
  const detectors = compileDetectors(specs, "data/secret-detectors.json").detectors;
  const index = indexFor(detectors);
  findKeywords(index, new Uint8Array(0), 0);
  port.once("message", (job) => {
    try {
      answer(scanFiles(job.root, job.files, detectors, { next: job.next, claimedBy: job.claimedBy, slot }, index));
    } catch (e) {
      answer({ error: e.message });
    }
  });
} catch (e) {
  answer({ error: e.message });
}
