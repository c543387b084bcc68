import type { Finding } from '../model/index.js';
import type { Analysis, DocumentIndex, Relations, Report } from '../claims/index.js';

/** What a rule sees: the indexed document, its tokens, the shared relation finder, and `report`. */
export interface RuleContext<MessageId extends string = string> {
  index: DocumentIndex;
  analysis: Analysis;
  relations: Relations;
  report(report: Report & { messageId: MessageId; reasonId?: string | null }): void;
}

export interface RuleMeta<MessageId extends string> {
  description: string;
  /** Message ids this rule reports; their wording lives in messages/vi.ts and messages/en.ts. */
  messages: readonly MessageId[];
  /** Reason ids (unverifiable / warning explanations) this rule may attach. */
  reasons?: readonly string[];
}

export interface CheckRule<MessageId extends string = string> {
  id: string;
  meta: RuleMeta<MessageId>;
  check(context: RuleContext<MessageId>): void;
}

/** ESLint-style rule definition: one file, one id, messages as data. */
export function defineCheck<const MessageId extends string>(rule: CheckRule<MessageId>): CheckRule<MessageId> {
  if (!/^[a-z][a-z0-9-]*$/u.test(rule.id)) throw new Error(`rule id must be kebab-case: ${rule.id}`);
  return rule;
}

export type { Finding };
