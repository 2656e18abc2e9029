/** What `tom-studio diff` reports: the changes between two versions of a TOM document, by meaning. */

export type Area = 'document' | 'section' | 'measure' | 'scope' | 'subprocessor' | 'certification' | 'commitment';

/**
 * `moved`: a measure now in another section; `renumbered`: a measure under a new id whose content
 * (or, failing that, title) is that of a removed one. Either may come with other field changes.
 */
export type Action = 'added' | 'removed' | 'changed' | 'moved' | 'renumbered';

/** One field's values as a reviewer reads them; undefined where the field is absent. */
export interface FieldChange {
  /** `title`, `cia`, ...; a text kept in several languages names one: `title (de)`. */
  field: string;
  before?: string;
  after?: string;
}

export interface Change {
  area: Area;
  action: Action;
  /** Measure id, control type, scope id, subprocessor or certification name, commitment key. */
  key: string;
  /** A renumbered measure's old id. */
  previousKey?: string;
  /** A measure's or section's display title (in the document's language). */
  title?: string;
  /** A measure's section (control type): where it is now, or was when removed. */
  section?: string;
  /** A moved measure's old section. */
  previousSection?: string;
  fields: FieldChange[];
  /** Why the change weakens what the document promises; empty when it does not. */
  weakening: string[];
}

export interface DocumentDiff {
  /** `added`: no old version (a new document); `removed`: no new version. */
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Part by part (sections, measures, scopes, subprocessors, certifications, commitments), each in document order, removed ones last. */
  changes: Change[];
  /** Why a version could be read only in part (YAML errors): the summary may be incomplete. */
  problems: string[];
}
