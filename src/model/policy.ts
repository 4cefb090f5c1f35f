export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FRAMEWORKS = ['atlassian-security', 'runs-on-atlassian', 'atlassian-government-cloud', 'forge-platform'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** A requirement a policy enforces: a topic of Atlassian's security requirements, a RoA criterion code, … */
export interface RequirementRef {
  framework: Framework;
  id: string;
}

export interface PolicyMeta {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  category: string;
  requirements: RequirementRef[];
  remediation: string;
  helpUri?: string;
  tags: string[];
  enabled: boolean;
  /** Policies whose finding at the same place this policy's finding stands for (see `foldOverlaps`). */
  subsumes?: string[];
}

/** A loaded policy as reports see it: its metadata and where it came from (the engine adds its compiled rules). */
export interface PolicyInfo extends PolicyMeta {
  /** Repository- or package-relative path of the policy file, for messages. */
  file: string;
  /** Absolute path of the folder holding the policy, its docs and tests. */
  dir: string;
  origin: 'builtin' | 'user';
}

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export type DataDocuments = Record<string, Record<string, unknown>>;
