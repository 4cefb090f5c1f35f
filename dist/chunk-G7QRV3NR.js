import { createRequire as __ftCreateRequire } from 'node:module'; import { fileURLToPath as __ftFileURLToPath } from 'node:url'; const require = __ftCreateRequire(import.meta.url); const __filename = __ftFileURLToPath(import.meta.url); const __dirname = __ftFileURLToPath(new URL('.', import.meta.url));
import {
  buildInputs,
  githubAdvisoryProvider,
  lookupAdvisories,
  offlineOsvProvider,
  osvApiProvider,
  packagesOf
} from "./chunk-IKIMMJAE.js";

// src/run/advisories.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
function advisoryProvider(name, options) {
  if (name === "off") return void 0;
  if (name === "osv") return osvApiProvider(options.apiUrl);
  if (name === "github") return githubAdvisoryProvider(options.apiUrl ?? options.githubApiUrl, options.token);
  const path = resolve(options.cwd, name);
  return existsSync(path) ? offlineOsvProvider(path) : null;
}
async function lookupInstalled(dirs, provider) {
  const packages = dirs.flatMap(
    (d) => existsSync(d) ? packagesOf(buildInputs(d, { only: ["dependencies"], suppressions: false }).documents.dependencies) : []
  );
  const lookup = await lookupAdvisories(packages, provider);
  return { lookup, packages: new Set(packages.map((p) => `${p.name}@${p.version}`)).size };
}

export {
  advisoryProvider,
  lookupInstalled
};
