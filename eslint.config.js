// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Exact names (paths), since gitignore-style patterns would also match our own './events'.
const nodeBuiltinNames = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'child_process',
  'stream',
  'util',
  'events',
  'buffer',
  'worker_threads',
  'zlib',
  'tls',
  'dns',
  'process',
];
const nodeBuiltins = { group: ['node:*'], message: 'No Node built-ins here.' };
const nodeBuiltinPaths = (message) => nodeBuiltinNames.map((name) => ({ name, message }));

/** The Node side (services, hosts, sandbox, tests, scripts) never imports the renderer. */
const noRenderer = { group: ['**/src-renderer/**'], message: 'The Node side never imports the renderer.' };
const electronOnly = {
  group: ['electron', 'electron/*', 'electron-store'],
  message: 'Only src-main/hosts/electron and src-main/adapters/electron may import Electron.',
};

/** What no file of the Node side imports: the renderer, and the sandbox outside its composition root. */
/** ipcMain and ipcRenderer only in ipcBinding.ts and the preload: nobody bypasses the contract. */
const ipcOnlyThroughBinding = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'IPC goes through ipcBinding.ts and the preload only, so nobody bypasses the contract.',
};

const nodeSideLayering = [
  { group: ['**/src-renderer/**'], message: 'The Node side never imports the renderer.' },
];

/** The layering of docs/architecture.md §1, enforced so that it cannot rot. */
const layering = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths('shared/ is pure: no Node built-ins.'),
          patterns: [
            { ...nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
            electronOnly,
            {
              group: ['**/src-main/**', '**/src-renderer/**', '**/sandbox/**', 'react', 'react-dom'],
              message: 'shared/ imports nothing of ours outside shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts', 'sandbox/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src-main/hosts/electron/**', 'src-main/adapters/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [electronOnly, noRenderer],
        },
      ],
    },
  },
  {
    files: ['src-main/services/**/*.ts'],
    // Integration tests, and the helpers only they import, run the services against the real sandbox.
    ignores: ['**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            noRenderer,
            {
              group: ['**/sandbox/**', '**/sandbox'],
              message: 'Services reach the sandbox only through endpoints a host gives them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            { group: ['**/src-main/**', '**/src-renderer/**'], message: 'The sandbox imports only shared/.' },
          ],
        },
      ],
    },
  },
  // ESLint's later blocks replace a rule's options, not add to them: the Electron folders
  // restate the Node side's layering next to their own IPC rule.
  {
    files: ['src-main/hosts/electron/**/*.ts', 'src-main/adapters/electron/**/*.ts'],
    ignores: ['src-main/hosts/electron/ipcBinding.ts', 'src-main/hosts/electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ipcOnlyThroughBinding],
          patterns: nodeSideLayering,
        },
      ],
    },
  },
  {
    files: ['src-main/hosts/electron/ipcBinding.ts', 'src-main/hosts/electron/preload.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: nodeSideLayering }] },
  },
  {
    files: ['src-main/adapters/electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ipcOnlyThroughBinding],
          patterns: [
            ...nodeSideLayering,
            { group: ['**/hosts/**'], message: 'Adapters are given to hosts; they never import one.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths('The renderer has no Node.'),
          patterns: [
            { ...nodeBuiltins, message: 'The renderer has no Node.' },
            electronOnly,
            {
              group: ['**/src-main/**', '**/sandbox/**'],
              message: 'The renderer talks to main only through shared/contract.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layering,
);
