import type { Command } from 'commander';
import { registerExtractCommand } from './extract.js';
import { registerCheckCommand } from './check.js';
import { registerIngestCommand } from './ingest.js';
import { registerQueryCommand } from './query.js';
import { registerExportCommand } from './export.js';
import { registerSchemaCommand } from './schema.js';
import { registerReviewCommand } from './review.js';
import { registerSeriesCommand } from './series.js';
import { registerTriageCommand } from './triage.js';

/** Every command, in the order --help lists them. Add a command here and in its own file. */
export function registerCommands(program: Command): void {
  registerExtractCommand(program);
  registerCheckCommand(program);
  registerIngestCommand(program);
  registerQueryCommand(program);
  registerExportCommand(program);
  registerSchemaCommand(program);
  registerReviewCommand(program);
  registerSeriesCommand(program);
  registerTriageCommand(program);
}
