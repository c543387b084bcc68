import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule of eslint.config.js, run through ESLint's Node API on files that do not exist
 * (type-aware rules off: they need the file in a tsconfig). A deliberate cross-layer import must be
 * an error, and the imports the layers allow must not be.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }] });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers (eslint.config.js)', () => {
  it('rejects an import from a layer above: the model may not know the checker, an extractor may not call a check', async () => {
    const model = await importErrors('src/model/not-allowed.ts', "import { runChecks } from '../checks/index.js';");
    expect(model).toHaveLength(1);
    expect(model[0]).toMatch(/^'\.\.\/checks\/index\.js' import is restricted.*layers: model/su);
    const extractor = await importErrors('src/extract/facts/not-allowed.ts', "import type { Finding } from '../../checks/index.js';");
    expect(extractor[0]).toMatch(/layers: extract/u);
    const parser = await importErrors('src/parsers/pdf/ocr/not-allowed.ts', "import { processFile } from '../../../pipeline.js';");
    expect(parser[0]).toMatch(/layers: parsers/u);
  });

  it('rejects reaching past a folder entry into its inner files', async () => {
    const errors = await importErrors('src/cli/commands/not-allowed.ts', "import { readTextLayer } from '../../parsers/pdf/parser.js';");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/boundaries: use another folder through its entry/u);
  });

  it('lets a named second entry through, and only that one: ingest/cli-entry.js for the CLI, not ingest/pool.js', async () => {
    expect(await importErrors('src/cli/commands/allowed.ts', "import { defaultConcurrency } from '../../ingest/cli-entry.js';")).toEqual(
      [],
    );
    const inner = await importErrors('src/cli/commands/not-allowed.ts', "import { defaultConcurrency } from '../../ingest/pool.js';");
    expect(inner).toHaveLength(1);
    expect(inner[0]).toMatch(/boundaries/u);
    // A second entry is still under the layer rule: the pipeline's stages may not use it.
    expect(await importErrors('src/checks/not-allowed.ts', "import { renderNote } from '../ingest/cli-entry.js';")).toHaveLength(1);
  });

  it('allows imports downwards through entries, inside a folder, and of word lists', async () => {
    expect(
      await importErrors(
        'src/cli/commands/allowed.ts',
        "import { pdfParser } from '../../parsers/pdf/index.js';\nimport { runChecks } from '../../checks/index.js';",
      ),
    ).toEqual([]);
    expect(
      await importErrors(
        'src/extract/facts/allowed.ts',
        "import { tokenize } from '../../nlp/index.js';\nimport { Fact } from '../../model/index.js';\nimport { x } from './read.js';",
      ),
    ).toEqual([]);
    // From src/parsers/pdf, `../text/` is the text parser (a sibling), not src/text.
    expect(
      await importErrors(
        'src/parsers/pdf/allowed.ts',
        "import { layoutFromText } from '../text/index.js';\nimport units from '../../lexicon/units.json' with { type: 'json' };",
      ),
    ).toEqual([]);
  });
});
