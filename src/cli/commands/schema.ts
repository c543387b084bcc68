import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { EXIT, exitCodeHelp } from '../exit-codes.js';

/** schemas/ sits at the package root, three levels above src/cli/commands and dist/cli/commands. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

const schemaName = (file: string): string => file.replace(/(\.schema)?\.json$/, '');

/** The published JSON Schemas by name (`report-document` for `report-document.schema.json`). */
export async function listSchemas(dir = SCHEMA_DIR): Promise<Map<string, string>> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  return new Map(files.map((f) => [schemaName(f), `${dir}${f}`]));
}

export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('print a published JSON Schema (the files in schemas/), or list them')
    .argument('[name]', 'schema name; omit to list the names')
    .option('--json', 'list the names as a JSON array (a named schema is always JSON)')
    .addHelpText('after', exitCodeHelp('schema'))
    .action(async (name: string | undefined, options: { json?: boolean }, command: Command) => {
      const schemas = await listSchemas();
      if (name === undefined) {
        const names = [...schemas.keys()];
        process.stdout.write(options.json ? `${JSON.stringify(names)}\n` : names.map((n) => `${n}\n`).join(''));
        return;
      }
      const file = schemas.get(schemaName(name));
      if (file === undefined) {
        command.error(`error: no schema named ${JSON.stringify(name)}; available: ${[...schemas.keys()].join(', ') || '(none)'}`, {
          exitCode: EXIT.usage,
        });
      }
      process.stdout.write(await readFile(file, 'utf8'));
    });
}
