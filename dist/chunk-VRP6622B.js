import { createRequire as __ftCreateRequire } from 'node:module'; import { fileURLToPath as __ftFileURLToPath } from 'node:url'; const require = __ftCreateRequire(import.meta.url); const __filename = __ftFileURLToPath(import.meta.url); const __dirname = __ftFileURLToPath(new URL('.', import.meta.url));
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-MLRVNCC4.js";
import "./chunk-M5G5NLXJ.js";
import "./chunk-GIFDHUGT.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
