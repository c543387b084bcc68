#!/usr/bin/env node
import module from 'node:module';
import { requireSupportedNode } from './node-guard.js';

// First, before anything heavy is imported: on a Node older than 22.13 the bundled Node 22 runs
// the command, or one line says what is needed (never a stack from deep inside pdf.js).
requireSupportedNode();
// Cache compiled bytecode between runs (Node ≥ 22.1): startup is most of a one-file command.
module.enableCompileCache();
const { runCli } = await import('./program.js');
await runCli(process.argv);
