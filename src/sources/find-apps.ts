import { posix } from 'node:path';
import type { RepoFile } from './walk.js';
import type { ParsedManifest, SkippedPath } from '../model/inputs.js';
import { readText } from './read-text.js';
import { parseYamlDocument } from './yaml-document.js';

const MANIFEST_NAMES = new Set(['manifest.yml', 'manifest.yaml']);

/**
 * Finds every Forge app: a manifest.yml or manifest.yaml whose top level is a mapping with an
 * `app` or `modules` key. Other YAML files of that name (CI configs, Kubernetes manifests) are
 * not apps and are passed over quietly.
 */
export function findApps(root: string, files: readonly RepoFile[]): { apps: ParsedManifest[]; skipped: SkippedPath[] } {
  const apps: ParsedManifest[] = [];
  const skipped: SkippedPath[] = [];
  for (const f of files) {
    if (!MANIFEST_NAMES.has(posix.basename(f.path))) continue;
    const read = readText(root, f.path);
    if ('skipped' in read) {
      // A manifest that cannot be read cannot be checked: report it (manifest-syntax) rather than pass it.
      skipped.push({ path: f.path, reason: read.skipped });
      apps.push({
        root: posix.dirname(f.path),
        file: f.path,
        value: {},
        problems: [
          {
            code: 'manifest-unreadable',
            file: f.path,
            line: 1,
            message: `the manifest was not read: ${read.skipped}`,
            hint: 'a Forge manifest is a small YAML text file',
          },
        ],
      });
      continue;
    }
    const parsed = parseYamlDocument(read.text, f.path);
    const value = parsed.value;
    const isApp = typeof value === 'object' && value !== null && !Array.isArray(value) && ('app' in value || 'modules' in value);
    // A manifest that does not parse at all may still be an app; say so rather than drop it.
    const looksLikeApp = /^(app|modules)\s*:/m.test(read.text);
    if (!isApp && !looksLikeApp) continue;
    const problems = [...parsed.problems];
    if (!isApp)
      problems.push({
        code: 'manifest-shape',
        file: f.path,
        line: 1,
        message: `the manifest's top level must be a mapping with "app" and "modules" keys, but it is ${Array.isArray(value) ? 'a list' : value === null ? 'empty' : typeof value}`,
      });
    apps.push({ root: posix.dirname(f.path), file: f.path, value: isApp ? (value as Record<string, unknown>) : {}, problems });
  }
  return { apps, skipped };
}

/** The app a repository file belongs to: the one with the deepest root containing it. */
export function appForFile<T extends { root: string }>(apps: readonly T[], file: string): T | undefined {
  let best: T | undefined;
  for (const app of apps) {
    const inside = app.root === '.' || file === app.root || file.startsWith(app.root + '/');
    if (inside && (!best || app.root.length > best.root.length)) best = app;
  }
  return best;
}
