import { Command, CommanderError } from 'commander';
import { SOLIEU_VERSION } from '../version.js';
import { registerCommands } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { installOutputGuards } from './output.js';
import { debugMode, describeInternal } from './report-error.js';

const PROGRAM_HELP = `
Every command lists its exit codes in its own --help (solieu <command> --help). Common to all:
0 success, 2 usage error, 70 internal error (a bug; --debug prints the stack), 78 the Node.js
running solieu is older than 22.13 and no Node 22 was found. A closed pipe (| head) ends quietly
with 0.`;

/** The only place that builds the program; commands live one per file in ./commands. */
export function createProgram(): Command {
  const program = new Command('solieu')
    .description('Extract every figure from Vietnamese government reports and check that they agree.')
    .version(SOLIEU_VERSION, '-V, --version')
    .option('--debug', 'print the stack of an internal error (also SOLIEU_DEBUG=1)')
    .showHelpAfterError('(run solieu --help for usage)')
    .addHelpText('after', PROGRAM_HELP)
    .exitOverride();
  registerCommands(program);
  return program;
}

/** A bug: one line on stderr (the stack with --debug), exit 70. */
function reportInternal(error: unknown): void {
  process.stderr.write(`solieu: internal error: ${describeInternal(error)}\n`);
  process.exitCode = EXIT.internal;
}

/** Runs one command line; the process exit code is left in process.exitCode. */
export async function runCli(argv: string[]): Promise<void> {
  // Read before parsing, so an error while parsing or loading a command is covered too.
  if (argv.slice(2).includes('--debug')) debugMode.on = true;
  installOutputGuards((error) => {
    reportInternal(error);
    process.exit(EXIT.internal);
  });
  process.on('uncaughtException', (error) => {
    reportInternal(error);
    process.exit(EXIT.internal);
  });
  process.on('unhandledRejection', (error) => {
    reportInternal(error);
    process.exit(EXIT.internal);
  });
  const program = createProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0 by design; commander has printed the message.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    reportInternal(error);
  }
}
