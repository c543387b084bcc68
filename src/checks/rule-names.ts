import type { Wording } from './define-check.js';

/**
 * The name of every rule defined so far, by the id its findings carry (`share`, `series/restatement`).
 * Filled by `defineRule` as rule files load, so that output can name rules without loading them.
 */
const NAMES = new Map<string, Wording>();

export function registerRuleName(id: string, name: Wording): void {
  NAMES.set(id, name);
}

/** A rule's name for people, or null when no loaded rule has that id. */
export const ruleNameOf = (id: string): Wording | null => NAMES.get(id) ?? null;
