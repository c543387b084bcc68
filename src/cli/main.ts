#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { SOLIEU_VERSION } from '../version.js';
import { registerCommands } from './commands/index.js';
import { EXIT } from './exit-codes.js';

/** The only place that builds the program; commands live one per file in ./commands. */
export function createProgram(): Command {
  const program = new Command('solieu')
    .description('Extract every figure from Vietnamese government reports and check that they agree.')
    .version(SOLIEU_VERSION, '-V, --version')
    .showHelpAfterError('(run solieu --help for usage)')
    .exitOverride();
  registerCommands(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0 by design.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.stderr.write(`solieu: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.internal;
  }
}

await main(process.argv);
