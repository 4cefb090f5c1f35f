import type { Location } from './location.js';

/**
 * Where an app's data can go, as customers' risk and compliance reviewers and the Marketplace
 * Privacy & Security declarations need it: every external destination, remote and web trigger.
 */
export interface DataFlow {
  egress: Array<{
    kind: string;
    target: string;
    host: string;
    scheme: string;
    analytics: boolean;
    inScopeEUD: boolean;
    placeholder: boolean;
    location: Location | null;
  }>;
  remotes: Array<{
    key: string;
    operations: string[] | null;
    storesEUD: boolean;
    regions: string[];
    hosts: string[];
    tokens: string[];
    configurable: boolean;
    location: Location | null;
  }>;
  webtriggers: Array<{ key: string; response: 'static' | 'dynamic'; authentication: string; location: Location | null }>;
  scopes: string[];
}
