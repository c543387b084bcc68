import { ruleNameOf } from '../../checks/rule-names.js';
import { en } from './en.js';
import { vi } from './vi.js';

export type OutputLang = 'vi' | 'en';
export type OutputKey = keyof typeof vi;

const TABLES: Record<OutputLang, Record<OutputKey, string>> = { vi, en };

/** `{{name}}` → `data.name`; a missing value stays visible rather than silently empty. */
export function say(lang: OutputLang, key: OutputKey, data: Readonly<Record<string, string | number>> = {}): string {
  return TABLES[lang][key].replace(/\{\{(\w+)\}\}/gu, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** A rule's name for people (`Tổng các phần`), from the rule's own meta; an unknown rule keeps its id. */
export const ruleName = (lang: OutputLang, rule: string): string => ruleNameOf(rule)?.[lang] ?? rule;

/** An evidence role for people (`kế hoạch`); an unknown role keeps its id. */
export const roleName = (lang: OutputLang, role: string): string => TABLES[lang][`role.${role}` as OutputKey] ?? role;

export const OUTPUT_MESSAGES = TABLES;
