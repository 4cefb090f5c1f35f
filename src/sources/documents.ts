import type { DocumentName } from '../model/documents.js';
import type { DocumentSource } from './input-document.js';
import { repoSource } from './repo-document.js';
import { manifestSource } from './manifest/manifest-document.js';
import { dependenciesSource } from './dependencies/dependencies-document.js';
import { advisoriesSource } from './advisories/advisories-document.js';
import { secretsSource } from './secrets/secrets-document.js';
import { codeSource } from './code/code-document.js';
import { commandsSource } from './commands/commands-document.js';
import { envSource } from './env/env-document.js';
import { suppressionsSource } from './suppressions.js';

/**
 * Every input document policies can read, in the order their names are listed. Adding one is a
 * module that declares its shape and `defineDocument`, plus its line here.
 */
export const DOCUMENT_SOURCES: readonly DocumentSource[] = [
  repoSource,
  manifestSource,
  dependenciesSource,
  advisoriesSource,
  secretsSource,
  codeSource,
  commandsSource,
  envSource,
  suppressionsSource,
] as DocumentSource[];

/** The input documents' names (`$input.<name>`). */
export const DOCUMENTS: readonly DocumentName[] = DOCUMENT_SOURCES.map((s) => s.name);

/** Documents every pass builds, whatever `only` says: the repository listing and the suppressions. */
export const ALWAYS_BUILT: readonly DocumentName[] = ['repo', 'suppressions'];
