import type { Comparison } from '../model/comparison.js';
import type { Suppression } from '../model/suppression.js';
import { classifyFindings, compareApp, notablePackages } from '../engine/compare.js';
import type { Evaluated } from './evaluate.js';

const suppressionKey = (x: Suppression) => `${x.source}\0${x.policies.join(',')}\0${x.file ?? x.path ?? ''}\0${x.fingerprint ?? ''}\0${x.reason ?? ''}`;
const advisoryKey = (m: { name: string; version: string; advisory: { id: string } }) => `${m.name}@${m.version}\0${m.advisory.id}`;

/** What a change does, from the base checkout to the head: findings new or existing, packages, vulnerabilities, suppressions, each app's trust. */
export function compareWithBase(base: Evaluated, head: Evaluated): Comparison {
  const before = new Set(base.inputs.documents.suppressions.entries.map(suppressionKey));
  const knownBefore = new Set(base.inputs.documents.advisories.matches.map(advisoryKey));
  const newVulnerabilities = new Map(
    head.inputs.documents.advisories.matches
      .filter((m) => !knownBefore.has(advisoryKey(m)))
      .map((m) => [advisoryKey(m), { name: m.name, version: m.version, id: m.advisory.id, severity: m.advisory.severity }]),
  );
  return {
    ...classifyFindings(base.findings, head.findings),
    notablePackagesAdded: notablePackages(base.inputs.documents.dependencies.projects, head.inputs.documents.dependencies.projects),
    newVulnerabilities: [...newVulnerabilities.values()],
    newSuppressions: head.inputs.documents.suppressions.entries.filter((x) => !before.has(suppressionKey(x))),
    apps: head.manifests.map((m, i) => {
      const j = base.manifests.findIndex((b) => b.file === m.file);
      return compareApp(base.manifests[j], m, base.roa[j], head.roa[i]!);
    }),
  };
}
