import type { PolicyInfo } from '../model/policy.js';
import type { CompiledRule } from './ast.js';

/** A policy ready to evaluate: its metadata and its compiled rules. */
export interface Policy extends PolicyInfo {
  rules: CompiledRule[];
  /** The input documents its rules read (from the compiled references). */
  inputs: string[];
}
