// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Lint for solieu: ESLint's and typescript-eslint's recommended rules, the type-aware rules that
 * catch real bugs (a promise nobody awaits, `any` leaking out of JSON or a library, a switch that
 * forgets a case), and the layers of the pipeline as an import rule. Formatting is Prettier's.
 */

/**
 * The layers, bottom to top: a folder may import from its own rank and below, never above.
 * `model` is the bottom; `cli` (and the library entry) the top. `pipeline.ts` runs parse →
 * structure → extract → claims → checks, so the output folders may call it but the stages may not.
 */
export const LAYERS = /** @type {const} */ ({
  model: 0,
  errors: 0,
  lexicon: 0,
  text: 1,
  nlp: 1,
  arith: 1,
  parsers: 2,
  structure: 3,
  extract: 4,
  claims: 5,
  checks: 6,
  pipeline: 7,
  output: 8,
  triage: 8,
  store: 8,
  review: 8,
  series: 8,
  ingest: 8,
  cli: 9,
});

/** Files at the top of src/ and the layer they belong to. */
const ROOT_FILES = /** @type {Record<string, keyof typeof LAYERS>} */ ({
  'version.ts': 'model',
  'pipeline-types.ts': 'model',
  'pipeline.ts': 'pipeline',
  'index.ts': 'cli',
});

/** Folders whose files are data, read as they are (the word lists): no entry to go through. */
const DATA_FOLDERS = new Set(['lexicon']);

/**
 * Second public entries, each with why it exists beside the folder's index.ts. Imported like an
 * entry: the boundaries rule lets them through, the layer rule still applies.
 */
const SECOND_ENTRIES = /** @type {Record<string, string>} */ ({
  'checks/rule-names.js':
    'the names of the rules loaded so far, without loading them: output names rules in commands that never run a check, and index.ts loads every rule',
  'ingest/cli-entry.js':
    "the CLI's light half of ingest (default worker count, progress rendering): index.ts also exports runIngest, which loads the whole pipeline and would slow `solieu --help`",
});

const FOLDERS = Object.keys(LAYERS).filter((name) => name !== 'pipeline');
const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `no-restricted-imports` patterns for a file `depth` folders below src/ in `folder` (null: src/
 * itself). Specifiers are matched as written, so each depth gets its own `../` count: from
 * src/parsers/pdf/x.ts, `../../text/…` is src/text, while `../text/…` is the text parser.
 * @param {keyof typeof LAYERS | null} folder
 * @param {number} depth
 */
function layerPatterns(folder, depth) {
  const up = depth === 0 ? '\\./' : `(?:\\.\\./){${depth}}`;
  const rank = folder === null ? LAYERS.cli : LAYERS[folder];
  const above = FOLDERS.filter((name) => LAYERS[/** @type {keyof typeof LAYERS} */ (name)] > rank);
  const aboveFiles = Object.entries(ROOT_FILES)
    .filter(([, layer]) => LAYERS[layer] > rank)
    .map(([file]) => file.replace(/\.ts$/u, '.js'));
  const others = FOLDERS.filter((name) => name !== folder && !DATA_FOLDERS.has(name));
  /** @type {{ regex: string; message: string }[]} */
  const patterns = [];
  if (above.length > 0 || aboveFiles.length > 0) {
    const targets = [...above.map((name) => `${name}(?:/|$)`), ...aboveFiles.map((file) => `${escape(file)}$`)];
    patterns.push({
      regex: `^${up}(?:${targets.join('|')})`,
      message: `layers: ${folder ?? 'src/'} (rank ${rank}) may not import from a layer above it (model → text/nlp/arith → parsers → structure → extract → claims → checks → pipeline → output → cli).`,
    });
  }
  if (others.length > 0) {
    patterns.push({
      regex: `^${up}(?!(?:${Object.keys(SECOND_ENTRIES).map(escape).join('|')})$)(?:${others.join('|')})/(?!(?:[\\w-]+/)*index\\.js$).+`,
      message: 'boundaries: use another folder through its entry (…/index.js), not its inner files.',
    });
  }
  return patterns;
}

/** One config block per folder and depth: the patterns depend on how many `../` reach src/. */
function layerBlocks() {
  const blocks = [];
  blocks.push({
    files: Object.keys(ROOT_FILES).map((file) => `src/${file}`),
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(null, 0) }] },
  });
  for (const folder of FOLDERS) {
    for (let depth = 1; depth <= 5; depth += 1) {
      const patterns = layerPatterns(/** @type {keyof typeof LAYERS} */ (folder), depth);
      if (patterns.length === 0) continue;
      blocks.push({ files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } });
    }
  }
  return blocks;
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out/',
      'node_modules/',
      'bench-out/',
      'coverage/',
      '.vitest-artifacts/',
      '.tmp/',
      'corpus/',
      'schemas/',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.check.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Type-aware rules that catch real bugs.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Tests and scripts read JSON and library results loosely; the unsafe-* rules would only add casts.
    files: ['tests/**/*.ts', 'scripts/**/*.ts', 'vitest.config.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...layerBlocks(),
);
