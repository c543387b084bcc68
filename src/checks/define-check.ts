import type { FindingStatus } from '../model/index.js';
import type { Analysis, DocumentIndex, Operand, Relations } from '../claims/index.js';
import { registerRuleName } from './rule-names.js';

/** A text in both languages the findings speak: Vietnamese first, English on request. */
export interface Wording {
  vi: string;
  en: string;
}

/** What a rule declares about itself, as ESLint's `meta`: its name, and every message it may report, in its own file. */
export interface RuleMeta<MessageId extends string = string, ReasonId extends string = string> {
  description: string;
  /** The rule's name as people read it (`Tỷ lệ trên tổng`). */
  name: Wording;
  /** Message templates by id; `{{name}}` takes `data.name`. */
  messages: Readonly<Record<MessageId, Wording>>;
  /** The kinds of claim (`Claim.kind`) this rule checks; its own id when absent. */
  claims?: readonly string[];
  /** Explanations of an unverifiable or warning finding, by id; rendered into `{{reason}}`. */
  reasons?: Readonly<Record<ReasonId, Wording>>;
}

/** What every rule reports, whether it reads one report or a series; the engine turns it into a finding. */
export interface RuleReport<MessageId extends string = string, ReasonId extends string = string, Evidence = Operand> {
  messageId: MessageId;
  status: FindingStatus;
  reasonId?: ReasonId | null;
  /** Values interpolated into the message templates (`{{parts}}`); words that differ by language as a `Wording`. */
  data: Record<string, string | number | Wording>;
  expected: string | null;
  actual: string | null;
  arithmetic: string | null;
  cue: string | null;
  /** A free-text reason, only where no `reasonId` says it. */
  reason: string | null;
  evidence: Evidence[];
}

/**
 * One rule, for one report or for a series: an id, its meta, and `check`, which reads what its
 * context offers and calls `report`. Severity, wording, ids and evidence are the engine's job.
 */
export interface Rule<Context, Evidence, MessageId extends string = string, ReasonId extends string = string, Extra = unknown> {
  id: string;
  meta: RuleMeta<MessageId, ReasonId>;
  check(context: Context & { report(report: RuleReport<MessageId, ReasonId, Evidence> & Extra): void }): void;
}

/** What a single-report rule reads: the indexed document, its tokens and the claims found in it. */
export interface DocumentContext {
  index: DocumentIndex;
  analysis: Analysis;
  relations: Relations;
}

export type CheckRule<MessageId extends string = string, ReasonId extends string = string> = Rule<
  DocumentContext,
  Operand,
  MessageId,
  ReasonId
>;
export type RuleContext<MessageId extends string = string, ReasonId extends string = string> = Parameters<
  CheckRule<MessageId, ReasonId>['check']
>[0];

/** ESLint-style definition of any rule: one file, one kebab-case id, its messages as data. */
export function defineRule<Context, Evidence, const MessageId extends string, const ReasonId extends string = never, Extra = unknown>(
  rule: Rule<Context, Evidence, MessageId, ReasonId, Extra>,
  namespace = '',
): Rule<Context, Evidence, MessageId, ReasonId, Extra> {
  if (!/^[a-z][a-z0-9-]*$/u.test(rule.id)) throw new Error(`rule id must be kebab-case: ${rule.id}`);
  registerRuleName(`${namespace}${rule.id}`, rule.meta.name);
  return rule;
}

/** A rule over one document. */
export function defineCheck<const MessageId extends string, const ReasonId extends string = never>(
  rule: CheckRule<MessageId, ReasonId>,
): CheckRule<MessageId, ReasonId> {
  return defineRule(rule);
}
