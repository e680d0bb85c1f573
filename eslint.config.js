// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers: each imports only the one below. */
const analysisMayNotImport = [
  {
    group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'],
    message: 'src/analysis is pure TypeScript: no Astro.',
  },
  {
    group: ['unified', 'remark-*', 'rehype-*', 'mdast*', 'hast*', 'unist*', 'vfile'],
    message: 'src/analysis is pure TypeScript: no unified.',
  },
  {
    group: ['**/markdown/*', '**/lib/*', '**/pages/*', '**/components/*'],
    message: 'src/analysis imports only itself and the registry schema.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'bench/results/', 'tmp/', 'review/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Prettier wraps code at 110 columns; this catches what it cannot wrap (long comments, patterns, strings)
    files: ['src/analysis/**/*.ts', 'bench/polnear.ts', 'bench/polnear/*.ts', 'bench/engine-snapshot.ts'],
    rules: { 'max-len': ['error', { code: 110, ignoreUrls: true }] },
  },
  {
    // the analysis engine's unit tests: long test texts are wrapped by concatenation or joined sentences
    files: ['tests/unit/analysis/**/*.ts'],
    rules: { 'max-len': ['error', { code: 110, ignoreUrls: true }] },
  },
  {
    files: ['src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/analysis/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: analysisMayNotImport }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'fetch', 'localStorage'],
    },
  },
  {
    // components are given their data by the page; they never fetch the site's data themselves
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              allowTypeImports: true,
              message: 'Components receive data as props; the page fetches it.',
            },
          ],
          patterns: [
            {
              group: ['**/lib/site', '**/lib/site.ts'],
              allowTypeImports: true,
              message: 'Components receive data as props; the page fetches it (src/lib/site.ts).',
            },
          ],
        },
      ],
    },
  },
);
