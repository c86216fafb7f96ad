// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';

/** The in-memory twins keep nothing: they are for tests, benchmarks and demos, never for code that serves people. */
const NO_TEST_TWINS = {
  group: ['@ideabar/core/testing', '**/core/src/testing*', '**/core/src/memory/**'],
  message: 'The in-memory twins are for tests only: production code is given its repositories.',
};

/** What bot/ never reaches for, wherever its files are. */
const BOT_BOUNDS = [
  NO_TEST_TWINS,
  {
    group: ['@ideabar/api', '@ideabar/api/*', '**/api/src/**'],
    message: 'bot/ does not import the api host.',
  },
  { group: ['@azure/data-tables'], message: 'bot/ reaches storage through core’s ports.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['./tsconfig.json', './tab/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
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
    // The bot is hosted by api/, never the reverse: it reaches storage and the domain only through core's ports.
    files: ['bot/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: BOT_BOUNDS }] },
  },
  {
    // The bot SDK behind one seam: only bot/src/hosting/ knows botbuilder; every other file speaks IdeaBar's own
    // turn and activity types (bot/src/turns/turn.ts), so replacing the SDK changes one folder.
    files: ['bot/**/*.ts'],
    ignores: ['bot/src/hosting/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...BOT_BOUNDS,
            {
              group: ['botbuilder', 'botbuilder-*', 'botbuilder/*', 'botframework-*', '@microsoft/agents-*'],
              message:
                'The bot SDK is used only in bot/src/hosting/: use the types of bot/src/turns/turn.ts.',
            },
            {
              group: ['@azure/msal-node', '@azure/identity'],
              message: 'The connector token is made in bot/src/hosting/connectorToken.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TEST_TWINS] }] },
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
    // The tab imports the workflow as @ideabar/core/workflow: a value import here would bring zod or Node with it.
    files: ['core/src/ideas/workflow.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['*'], allowTypeImports: true, message: 'The workflow module imports types only.' },
          ],
        },
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
  {
    // Every entity-group transaction goes through storage/transactions.ts: one road, and a cheaper one than the SDK's.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/storage/transactions.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression > MemberExpression.callee[property.name='submitTransaction']",
          message: "Use submitTransaction from api/src/storage/transactions.ts, not the SDK's.",
        },
      ],
    },
  },
  {
    // The tab: React with the rules of hooks; the browser has no process.env, and it reads no Node built-ins.
    files: ['tab/**/*.{ts,tsx}', 'tests/tab/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['tab/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_TEST_TWINS,
            {
              group: ['node:*', '@azure/*', '@ideabar/api', '@ideabar/api/*'],
              message: 'The tab runs in a browser.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'The tab runs in a browser: use import.meta.env.' },
      ],
      // People's text is always rendered as text: no HTML strings into the DOM.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text; IdeaBar never injects HTML.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text as text; IdeaBar never injects HTML.',
        },
      ],
    },
  },
);
