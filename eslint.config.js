import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const node = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'http', 'https', 'net'];

/** The house's boundaries, as lint errors: which side may import what. */
export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'carnet-data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: node, message: 'shared/ runs on both sides: no Node modules.' },
            {
              group: ['electron', 'better-sqlite3'],
              message: 'shared/ must not import electron or the database.',
            },
            {
              group: ['react', 'react-dom', 'react/*', '@mui/*', '@emotion/*'],
              message: 'shared/ must not import React or MUI.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports neither electron/ nor renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: node, message: 'The renderer runs in a page: no Node modules.' },
            {
              group: ['electron', 'better-sqlite3'],
              message: 'The renderer talks to the backend through api.ts only.',
            },
            { group: ['**/electron/**'], message: 'The renderer must not import electron/ (the backend).' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/security.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron'],
              message:
                'Only electron/{main,preload,ipc,security}.ts import electron; the backend is plain Node.',
            },
            { group: ['**/renderer/**'], message: 'The main process does not import the renderer.' },
          ],
        },
      ],
    },
  },
);
