import { createRequire as __ftCreateRequire } from 'node:module'; import { fileURLToPath as __ftFileURLToPath } from 'node:url'; const require = __ftCreateRequire(import.meta.url); const __filename = __ftFileURLToPath(import.meta.url); const __dirname = __ftFileURLToPath(new URL('.', import.meta.url));
import {
  Context,
  GitHub,
  getOctokitOptions
} from "./chunk-MLRVNCC4.js";
import "./chunk-M5G5NLXJ.js";
import "./chunk-GIFDHUGT.js";

// node_modules/@actions/github/lib/github.js
var context = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}
export {
  context,
  getOctokit
};
