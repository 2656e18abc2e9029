/** The document as the importer assembles it, before it is written as YAML. Every part keeps its source line. */
import type { Cia } from '../catalogue/controlTypes';
import type { Commitment } from './commitments';
import type { Kind } from './kind';
import type { Role } from './metadata';
import type { SubprocessorDraft } from './subprocessors';

export interface Sourced { line: number; text: string }

export interface MeasureDraft {
  line: number;
  id: string;
  title: string;
  description: string[];
  cia?: Cia[];
  /** The CIA tags are the control type's expected ones, not the text's. */
  ciaGuessed?: boolean;
  kind: Kind;
  /** Said by the source ("Technische Maßnahmen" above it, a table column), not guessed from the words. */
  kindStated?: boolean;
  /** A trailing "(place)" that other measures name too: the id of its scope. */
  scope?: string;
}

export interface SectionDraft {
  type: string;
  /** The heading as written; none when only a "Title: text" paragraph named the category. */
  title?: string;
  line: number;
  description: string[];
  measures: MeasureDraft[];
}

export interface SubprocessorGroup {
  /** The heading and the column header row, kept as a comment above the group. */
  caption: Sourced[];
  subprocessors: SubprocessorDraft[];
}

export interface DocumentDraft {
  title?: Sourced;
  /** Said in the title or introduction ("... as Processor"); --role overrides it. */
  role?: Role;
  /** The organisation the text names, and the line it was read from. */
  organization?: { name: string } & Sourced;
  lastUpdated?: { date: string } & Sourced;
  summary: string[];
  references: { title: string; url: string }[];
  scopes: { id: string; title: string }[];
  sections: SectionDraft[];
  subprocessorGroups: SubprocessorGroup[];
  commitments: Commitment[];
  unmapped: Sourced[];
  /** What the importer decided from the words alone, with the line: the report lists each for review. */
  guesses: Sourced[];
}
