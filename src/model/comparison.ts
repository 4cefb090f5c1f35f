import type { Finding } from './finding.js';
import type { Suppression } from './suppression.js';

export type FindingStatus = 'new' | 'existing';

/** What one pull request changes in an app's trust posture, from the base manifest to the head one. */
export interface AppChanges {
  manifest: string;
  /** The app is new in this pull request (no manifest at the same path in the base). */
  added: boolean;
  scopesAdded: string[];
  scopesRemoved: string[];
  egressAdded: Array<{ kind: string; target: string }>;
  egressRemoved: Array<{ kind: string; target: string }>;
  remotesAdded: string[];
  remotesRemoved: string[];
  /** Remotes whose regions, hosts or operations changed: a major version upgrade for customers. */
  remotesChanged: Array<{ key: string; what: string[] }>;
  tokensNewlyShared: Array<{ remote: string; token: string }>;
  roa: { before: boolean | null; after: boolean | null; newReasons: string[] };
}

/** An installed package the change adds (by project, name and version) that reviewers should look at. */
export interface PackageChange {
  project: string;
  name: string;
  version: string;
  source: string;
  installScript: boolean;
  dev: boolean;
}

export interface Comparison {
  /** Packages new in the head that install from outside the registry or run install scripts. */
  notablePackagesAdded: PackageChange[];
  /** Vulnerability advisories matching packages the change adds or upgrades into. */
  newVulnerabilities: Array<{ name: string; version: string; id: string; severity: string }>;
  statuses: Map<string, FindingStatus>;
  /** Suppressions the head has and the base had not: reviewers should read their reasons. */
  newSuppressions: Suppression[];
  /** Findings of the base that the head no longer has. */
  fixed: Finding[];
  apps: AppChanges[];
}
