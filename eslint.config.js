import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
);
