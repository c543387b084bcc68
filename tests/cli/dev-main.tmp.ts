import { Command, CommanderError } from 'commander';
import { registerIngestCommand } from '../../src/cli/commands/ingest.ts';
import { registerQueryCommand } from '../../src/cli/commands/query.ts';
import { registerExportCommand } from '../../src/cli/commands/export.ts';
import { registerSchemaCommand } from '../../src/cli/commands/schema.ts';
const program = new Command('solieu').showHelpAfterError('(run solieu --help for usage)').exitOverride();
registerIngestCommand(program); registerQueryCommand(program); registerExportCommand(program); registerSchemaCommand(program);
try { await program.parseAsync(process.argv); } catch (error) {
  if (error instanceof CommanderError) { process.exitCode = error.exitCode === 0 ? 0 : 2; }
  else { process.stderr.write(`solieu: ${error instanceof Error ? error.stack : String(error)}\n`); process.exitCode = 70; }
}
