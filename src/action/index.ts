import * as core from '@actions/core';
import { run } from './main.js';

// The Action's entry point (dist/index.js). Anything unexpected is an internal error: exit 2 semantics, never a pass.
run().catch((e: unknown) => {
  core.setOutput('result', 'error');
  core.setFailed(`Forge Trust internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});
