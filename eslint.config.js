// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The domain stays free of hosts and frameworks: storage, bot and UI depend on core, never the reverse.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@azure/*'], message: 'core/ is the domain: Azure SDKs belong in api/.' },
            {
              group: ['botbuilder', 'botbuilder-*', 'botframework-*'],
              message: 'core/ is the domain: the bot lives in bot/.',
            },
            {
              group: ['react', 'react-dom', 'react/*', '@fluentui/*'],
              message: 'core/ is the domain: UI lives in tab/.',
            },
            { group: ['@ideabar/api', '@ideabar/bot', '@ideabar/tab'], message: 'core/ depends on no host.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core/ reads no environment: config is passed in.' },
      ],
    },
  },
  {
    // In tests a missing value is a failure the assertion reports; `!` keeps the test readable.
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Configuration is parsed once, in api/src/config.ts; everything else receives it.
    files: ['api/**/*.ts'],
    ignores: ['api/src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration from Config, parsed once in config.ts.',
        },
      ],
    },
  },
);
