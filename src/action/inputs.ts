import { SEVERITIES, type Severity } from '../model/policy.js';
import { suggest } from '../util/suggest.js';

/** Every input the Action reads; test/action/action-yml.test.ts checks action.yml declares exactly these. */
export const INPUT_NAMES = [
  'path',
  'config',
  'policies',
  'data',
  'fail-on',
  'mode',
  'comment',
  'annotations',
  'sarif-file',
  'json-file',
  'only-new',
  'advisories',
  'github-token',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

export interface ActionInputs {
  path: string;
  config?: string;
  policies: string[];
  data: string[];
  /** Undefined when not given, so that .forge-trust.yml (or the default, high) decides. */
  failOn?: Severity | 'never';
  mode: 'enforce' | 'warn';
  comment: 'always' | 'on-findings' | 'off';
  annotations: boolean;
  sarifFile?: string;
  jsonFile?: string;
  /** On pull requests, judge only the findings the pull request introduces. */
  onlyNew: boolean;
  /** Where known vulnerabilities come from: github, osv, off, or an OSV file or folder. */
  advisories: string;
  token?: string;
}

/** Reads and checks the inputs, gathering every mistake with what was probably meant. */
export function readInputs(get: (name: InputName) => string): { inputs: ActionInputs; problems: string[] } {
  const problems: string[] = [];
  const choice = <T extends string, F extends T | undefined>(name: InputName, allowed: readonly T[], fallback: F): T | F => {
    const raw = get(name).trim();
    if (raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    const near = suggest(raw, allowed);
    problems.push(`input "${name}" must be one of ${allowed.join(', ')}; got "${raw}"${near ? ` (did you mean "${near}"?)` : ''}`);
    return fallback;
  };
  const list = (name: InputName) =>
    get(name)
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const optional = (name: InputName) => get(name).trim() || undefined;
  const inputs: ActionInputs = {
    path: get('path').trim() || '.',
    config: optional('config'),
    policies: list('policies'),
    data: list('data'),
    failOn: choice('fail-on', [...SEVERITIES, 'never'] as const, undefined),
    mode: choice('mode', ['enforce', 'warn'] as const, 'enforce'),
    comment: choice('comment', ['always', 'on-findings', 'off'] as const, 'on-findings'),
    annotations: choice('annotations', ['true', 'false'] as const, 'true') === 'true',
    sarifFile: optional('sarif-file'),
    jsonFile: optional('json-file'),
    onlyNew: choice('only-new', ['true', 'false'] as const, 'true') === 'true',
    advisories: get('advisories').trim() || 'github',
    token: optional('github-token'),
  };
  return { inputs, problems };
}
