import { InvalidArgumentError, Option } from 'commander';

/** The languages solieu speaks; Vietnamese first. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Commander parser for `--lang`: an unknown language is a usage error (exit 2), never a silent fallback. */
export function parseLang(value: string): Lang {
  const lang = value.trim().toLowerCase();
  if ((LANGS as readonly string[]).includes(lang)) return lang as Lang;
  throw new InvalidArgumentError(`unknown language "${value}"; expected one of: ${LANGS.join(', ')}`);
}

/** The one `--lang` option every command adds: `vi` by default. */
export const langOption = (description = 'language of the output: vi (default) or en'): Option =>
  new Option('--lang <lang>', description).argParser(parseLang).default('vi' as Lang);
