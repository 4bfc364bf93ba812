// Lint, including the layer rules: a lower layer never imports a higher one
// (cf. VS Code's code-layering rule). The layers are the folder names.
import js from '@eslint/js';
import react from 'eslint-plugin-react';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'worker_threads'];
const forbid = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['contract/**/*.ts', 'locales/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/main/**', '**/renderer/**', '**/preload/**', 'electron', 'better-sqlite3', ...NODE_BUILTINS],
        'The contract and locales are shared by every layer: they import nothing from main, renderer, preload, Electron or Node.',
      ),
    },
  },
  {
    files: ['main/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron', '**/electron/**', '**/host/**', '**/serving/**', '**/renderer/**', '**/preload/**'],
        'The domain is plain Node: it never imports Electron, a transport or the UI.',
      ),
    },
  },
  {
    // The aligner is the lowest domain room: the corpus, the search, the annotations and the import stand on it.
    files: ['main/domain/alignment/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [
          'electron', '**/electron/**', '**/host/**', '**/serving/**', '**/renderer/**', '**/preload/**',
          '**/corpus/**', '**/search/**', '**/annotations/**', '**/database/**', '**/preferences/**', '**/briefing/**', '**/documents/**', '**/backend',
          'better-sqlite3',
        ],
        'main/domain/alignment is plain computation on texts: it imports no other domain room, no database and no transport.',
      ),
    },
  },
  {
    // The terminology room (termbase matching, concordance, audit) stands on the corpus, the search and the aligner;
    // the lower rooms never reach up into it, nor does it reach the annotations, the preferences or the backend.
    files: ['main/domain/terminology/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron', '**/electron/**', '**/host/**', '**/serving/**', '**/renderer/**', '**/preload/**', '**/annotations/**', '**/preferences/**', '**/briefing/**', '**/backend'],
        'main/domain/terminology reads the corpus through the corpus, search and alignment rooms; it imports no other domain room and no transport.',
      ),
    },
  },
  {
    // Round 1's rooms are below round 2's (STYLE.md): the corpus, the search, the annotations, the database and the
    // preferences never import terminology.
    files: ['main/domain/{corpus,search,annotations,database,preferences}/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron', '**/electron/**', '**/host/**', '**/serving/**', '**/renderer/**', '**/preload/**', '**/terminology/**', '**/briefing/**', '**/documents/**'],
        'A lower domain room never imports a higher one (terminology and briefing stand on the corpus and the search).',
      ),
    },
  },
  {
    // The documents room (issue 10: import, the user's library, the alignment editor's edits) stands on the corpus,
    // the aligner, the search and the annotations; it leaves terminology, briefing and the backend alone.
    files: ['main/domain/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron', '**/electron/**', '**/host/**', '**/serving/**', '**/renderer/**', '**/preload/**', '**/terminology/**', '**/briefing/**', '**/backend'],
        'main/domain/documents stands on the corpus, the aligner, the search and the annotations; it imports no higher room and no transport.',
      ),
    },
  },
  {
    // The briefing room (citations, and later packs and their exports) stands on the corpus, the aligner, the search and
    // the annotations; it leaves terminology, the preferences and the backend alone (the backend hands it the style).
    files: ['main/domain/briefing/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron', '**/electron/**', '**/host/**', '**/serving/**', '**/renderer/**', '**/preload/**', '**/terminology/**', '**/preferences/**', '**/backend'],
        'main/domain/briefing builds on the corpus, alignment, search and annotations rooms; it imports no other domain room and no transport.',
      ),
    },
  },
  {
    files: ['main/host/**/*.ts', 'main/serving/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(['electron', '**/electron/**', '**/renderer/**'], 'The browser host runs without Electron.'),
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(['**/main/**', '**/renderer/**', ...NODE_BUILTINS], 'Preload only bridges the contract to the page.'),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: '19' } },
    plugins: { react },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      'react/prop-types': 'off',
      // Every visible string goes through i18next.
      'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true, allowedStrings: [] }],
      'no-restricted-imports': forbid(
        ['**/main/**', '**/preload/**', 'electron', 'better-sqlite3', ...NODE_BUILTINS],
        'The renderer talks only to the API contract (window.duizhao or the browser host), never to Node or main.',
      ),
    },
  },
);
