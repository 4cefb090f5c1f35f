import type { Finding } from '../model/finding.js';
import type { AppManifest } from '../sources/manifest/manifest-document.js';
import type { RoaVerdict } from '../model/roa.js';
import type { AppChanges, FindingStatus, PackageChange } from '../model/comparison.js';

const diff = (before: string[], after: string[]) => ({ added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) });
const egressKey = (e: { kind: string; target: string }) => `${e.kind} ${e.target}`;

function remoteChanges(before: AppManifest['remotes'][number], after: AppManifest['remotes'][number]): string[] {
  const what: string[] = [];
  const hosts = (r: typeof before) => r.urls.map((u) => `${u.region}=${u.url}`).sort();
  if (JSON.stringify(hosts(before)) !== JSON.stringify(hosts(after))) what.push('base URLs');
  if (JSON.stringify(before.regions) !== JSON.stringify(after.regions))
    what.push(`regions ${before.regions.join(', ') || 'none'} → ${after.regions.join(', ') || 'none'}`);
  if (JSON.stringify(before.operations ?? null) !== JSON.stringify(after.operations ?? null))
    what.push(`operations ${before.operations?.join(', ') ?? 'unset'} → ${after.operations?.join(', ') ?? 'unset'}`);
  if (!before.storesEUD && after.storesEUD) what.push('now stores in-scope end-user data');
  return what;
}

/** The semantic difference of one app between two manifests; formatting alone changes nothing. */
export function compareApp(before: AppManifest | undefined, after: AppManifest, roaBefore: RoaVerdict | undefined, roaAfter: RoaVerdict): AppChanges {
  const scopes = diff(
    before?.scopes.map((s) => s.name) ?? [],
    after.scopes.map((s) => s.name),
  );
  const beforeEgress = (before?.egress ?? []).map((e) => ({ kind: e.kind, target: e.target }));
  const afterEgress = after.egress.map((e) => ({ kind: e.kind, target: e.target }));
  const egress = diff(beforeEgress.map(egressKey), afterEgress.map(egressKey));
  const remotes = diff(
    before?.remotes.map((r) => r.key) ?? [],
    after.remotes.map((r) => r.key),
  );
  const changed: AppChanges['remotesChanged'] = [];
  const tokens: AppChanges['tokensNewlyShared'] = [];
  for (const r of after.remotes) {
    const old = before?.remotes.find((x) => x.key === r.key);
    if (old) {
      const what = remoteChanges(old, r);
      if (what.length) changed.push({ key: r.key, what });
    }
    if (r.appSystemToken && !old?.appSystemToken) tokens.push({ remote: r.key, token: 'appSystemToken' });
    if (r.appUserToken && !old?.appUserToken) tokens.push({ remote: r.key, token: 'appUserToken' });
  }
  const oldCodes = new Set(roaBefore?.reasons.map((r) => r.code) ?? []);
  return {
    manifest: after.file,
    added: !before,
    scopesAdded: scopes.added,
    scopesRemoved: scopes.removed,
    egressAdded: afterEgress.filter((e) => egress.added.includes(egressKey(e))),
    egressRemoved: beforeEgress.filter((e) => egress.removed.includes(egressKey(e))),
    remotesAdded: remotes.added,
    remotesRemoved: remotes.removed,
    remotesChanged: changed,
    tokensNewlyShared: tokens,
    roa: {
      before: roaBefore?.eligible ?? null,
      after: roaAfter.eligible,
      newReasons: [...new Set(roaAfter.reasons.map((r) => r.code).filter((c) => !oldCodes.has(c)))],
    },
  };
}

export function hasChanges(c: AppChanges): boolean {
  return (
    c.added ||
    c.scopesAdded.length +
      c.scopesRemoved.length +
      c.egressAdded.length +
      c.egressRemoved.length +
      c.remotesAdded.length +
      c.remotesRemoved.length +
      c.remotesChanged.length +
      c.tokensNewlyShared.length >
      0 ||
    c.roa.before !== c.roa.after
  );
}

/** Classifies head findings as new or existing by fingerprint, and lists the base findings fixed. */
export function classifyFindings(base: readonly Finding[], head: readonly Finding[]): { statuses: Map<string, FindingStatus>; fixed: Finding[] } {
  const before = new Set(base.map((f) => f.fingerprint));
  const after = new Set(head.map((f) => f.fingerprint));
  return {
    statuses: new Map(head.map((f) => [f.fingerprint, before.has(f.fingerprint) ? 'existing' : 'new'])),
    fixed: base.filter((f) => !after.has(f.fingerprint)),
  };
}

interface ProjectLike {
  manifest: string;
  packages: Array<{ name: string; version: string; source: string; installScript: boolean; dev: boolean }>;
}

/** Packages the head installs that the base did not, keeping those worth a reviewer's attention. */
export function notablePackages(base: readonly ProjectLike[], head: readonly ProjectLike[]): PackageChange[] {
  const before = new Set(base.flatMap((p) => p.packages.map((x) => `${p.manifest}\0${x.name}\0${x.version}`)));
  return head.flatMap((p) =>
    p.packages
      .filter(
        (x) =>
          !before.has(`${p.manifest}\0${x.name}\0${x.version}`) &&
          (x.installScript || (x.source !== 'registry' && x.source !== 'workspace' && x.source !== 'link')),
      )
      .map((x) => ({ project: p.manifest, name: x.name, version: x.version, source: x.source, installScript: x.installScript, dev: x.dev })),
  );
}
