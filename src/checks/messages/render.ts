import { en } from './en.js';
import { vi } from './vi.js';

export type Language = 'vi' | 'en';
export const TABLES: Record<Language, Record<string, string>> = { vi, en };

/** Replaces `{{name}}` with `data.name`; a missing value is left visible rather than silently empty. */
export function render(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** The wording of `rule.messageId` (or `reason.id`) in a language. */
export function message(language: Language, key: string, data: Readonly<Record<string, string | number>>): string {
  const template = TABLES[language][key];
  if (template === undefined) throw new Error(`no ${language} message for ${key}`);
  return render(template, data);
}

export const hasMessage = (language: Language, key: string): boolean => key in TABLES[language];
