import { parseArgs } from 'node:util';

/**
 * Command-line flags for the scripts: `util.parseArgs` in strict mode (an unknown flag or a missing
 * value is an error), and numbers checked, so `--seconds abc` stops with a message instead of
 * running zero iterations and reporting success.
 */

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parses `argv` against `options`; on a bad flag prints the message and `usage`, and exits 2. */
export function readFlags<const O extends Options>(
  options: O,
  usage: string,
  { positionals = false, argv = process.argv.slice(2) } = {},
): { values: ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values']; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: positionals });
  } catch (error) {
    fail((error as Error).message, usage);
  }
}

/** A whole number in [min, max] from a flag's text, or the fallback when the flag is absent. */
export function integerFlag(
  values: Record<string, unknown>,
  name: string,
  fallback: number,
  usage: string,
  { min = 1, max = Number.MAX_SAFE_INTEGER } = {},
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = typeof raw === 'string' && /^[+-]?\d+$/u.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    fail(
      `--${name} must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}, got ${JSON.stringify(raw)}`,
      usage,
    );
  return value;
}

/** One of `choices`, or the fallback when the flag is absent. */
export function choiceFlag<const C extends string>(
  values: Record<string, unknown>,
  name: string,
  choices: readonly C[],
  fallback: C,
  usage: string,
): C {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !(choices as readonly string[]).includes(raw))
    fail(`--${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(raw)}`, usage);
  return raw as C;
}

function fail(message: string, usage: string): never {
  process.stderr.write(`${message}\nusage: ${usage}\n`);
  process.exit(2);
}

/** A comma-separated list of whole numbers ≥ 1 (`--pages 1,3,5`). */
export function integerListFlag(values: Record<string, unknown>, name: string, usage: string): number[] {
  const raw = typeof values[name] === 'string' ? values[name] : '';
  const list = raw.split(',').map((part) => part.trim());
  if (list.some((part) => !/^\d+$/u.test(part) || Number(part) < 1))
    fail(`--${name} must be a comma-separated list of whole numbers from 1 up, got "${raw}"`, usage);
  return list.map(Number);
}

/** A comma-separated list of `choices` (`--levels clean,poor`). */
export function choiceListFlag<const C extends string>(
  values: Record<string, unknown>,
  name: string,
  choices: readonly C[],
  usage: string,
): C[] {
  const raw = typeof values[name] === 'string' ? values[name] : '';
  const list = raw.split(',').map((part) => part.trim());
  if (list.some((part) => !(choices as readonly string[]).includes(part)))
    fail(`--${name} must be a comma-separated list of ${choices.join(', ')}, got "${raw}"`, usage);
  return list as C[];
}
