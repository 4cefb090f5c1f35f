import { defineDocument } from '../input-document.js';
import type { SecretsDocument } from './scan-secrets.js';

declare module '../../model/documents.js' {
  interface InputDocuments {
    secrets: SecretsDocument;
  }
}

/** The secrets pass's findings; the pass itself starts with the walk (see `prepareInputs`). */
export const secretsSource = defineDocument({
  name: 'secrets',
  empty: () => ({ findings: [], skipped: [] }),
  late: true,
  build: (c) => c.secrets().document,
});
