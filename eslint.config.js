import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import forgeTrust from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', 'examples/', 'test/fixtures/', '**/*.as.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only the Action edge may talk to GitHub's toolkit.
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*'], message: 'only src/action/ may import @actions/*' }] }],
    },
  },
  { files: ['src/action/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/**/*.ts'],
    plugins: { 'forge-trust': forgeTrust },
    rules: {
      // model/ and util/ → sources/ → engine/ → policy/ → report/ → run/ → cli/ and action/ (eslint/layers.js).
      'forge-trust/layers': 'error',
      // Functions that read in one screen.
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
);
