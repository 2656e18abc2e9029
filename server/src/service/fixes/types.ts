/** The vocabulary of quick-fixes: what a rule's fix builder gets and what it returns. */
import type { TomModel } from '../document/model';
import type { Finding, Localized, RuleId } from '../types';
import type { NodeChain } from './nodeChain';
import type { SourceStyle } from './textEdits';

/** A change of the source text, in UTF-16 offsets: replace [from, to) by `text`. */
export interface Edit {
  from: number;
  to: number;
  text: string;
}

/** One way to fix one finding. */
export interface FixDraft {
  /** What the code action says, in every language (the engine picks the user's). */
  title: Localized;
  edits: Edit[];
  /** The fix a user most likely wants (VS Code's "auto fix" applies it). */
  preferred?: boolean;
  /** Mechanical and meaning-preserving: may run in fix-all on save and in `check --fix` (docs/quick-fixes.md). */
  safe?: boolean;
  /** Findings the fix leaves on purpose: a placeholder such as TODO that the user must fill. */
  creates?: RuleId[];
  /** One of several values for the author to pick (each role, each kind): other rules may then apply. */
  choice?: boolean;
}

export interface FixContext<Data = unknown> {
  finding: Finding;
  /** What the rule put in its finding for the fix (the rule module declares its type). */
  data: Data | undefined;
  text: string;
  style: SourceStyle;
  model: TomModel;
  today: string;
  /** Where the finding's range starts, as an offset. */
  from: number;
  /** The node the finding's range names exactly, with its ancestors; undefined when none does. */
  target?: NodeChain;
}

export type FixBuilder<Data = unknown> = (ctx: FixContext<Data>) => FixDraft[];
