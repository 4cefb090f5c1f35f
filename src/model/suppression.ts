import type { Location } from './location.js';

/** One suppression as policies and the engine see it. */
export interface Suppression {
  [key: string]: unknown;
  source: 'inline' | 'file';
  /** Policy ids it covers (`*` for all, in the central file only). */
  policies: string[];
  reason?: string;
  until?: string;
  /** Inline: the file and line it applies to. */
  file?: string;
  line?: number;
  /** Central file: glob of paths and/or one fingerprint. */
  path?: string;
  fingerprint?: string;
  /** What is wrong with it, when it cannot apply (no reason, bad date, no policy). */
  problem?: string;
  location: Location;
}
