// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (docs/architecture.md), enforced: `shared/` is pure (no electron, react, Node);
 * the host never imports electron; the renderer never imports electron, Node or electron/*.
 */

// Regexes, not gitignore globs: a glob `console` would also match `../features/console/x`.
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));
const nodeImports = (why) => [{ regex: `^(node:.*|(${NODE_BUILTINS.join('|')})(/.*)?)$`, message: why }];
const electronImports = (why) => [{ regex: '^electron(/.*)?$', message: why }];

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', '.tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a derived union.' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'electron/**/*.ts', 'scripts/**', 'tests/**', '*.config.{js,ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/*.config.*', 'renderer/build/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Hooks: called unconditionally, and effects list what they read. A deliberate exception is an
    // `eslint-disable-next-line react-hooks/exhaustive-deps` with the reason on the line above it.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Build configuration and the renderer's build plugins run in Node, whatever folder they sit in.
    files: ['renderer/*.config.*', 'renderer/build/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...electronImports('shared/ is pure: no electron.'),
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'shared/ is pure: no React.' },
            ...nodeImports('shared/ runs in browsers too: no Node built-ins.'),
            { group: ['**/electron/**', '**/renderer/**'], message: 'Dependencies point into shared/, never out of it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...electronImports('The host is plain Node: it also runs headless with `npm run serve`.'),
            { regex: '^(\\.\\./)+(electron/)?(main|preload)(/|$)', message: 'The host uses shared/ only.' },
            { regex: '(^|/)renderer(/|$)', message: 'The host uses shared/ only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)renderer(/|$)', message: 'Main talks to the renderer through shared/ipc.ts only.' }] }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeImports('A sandboxed preload has no Node built-ins.'),
            { regex: '^(\\.\\./)+(electron/)?(main|host)(/|$)', message: 'The preload is the bridge only.' },
            { regex: '(^|/)renderer(/|$)', message: 'The preload is the bridge only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/*.config.*', 'renderer/build/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...electronImports('The renderer also runs in plain browsers: use window.veche (shared/ipc.ts).'),
            ...nodeImports('The renderer runs in browsers: no Node built-ins.'),
            { group: ['**/electron/*', '**/electron/**'], message: 'The renderer talks to main through shared/ipc.ts only.' },
          ],
        },
      ],
    },
  },
);
