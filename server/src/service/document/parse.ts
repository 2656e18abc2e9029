/**
 * Text → parsed TOM document: the YAML AST with source ranges and comments kept, the plain data
 * (merge keys and aliases resolved, expansion bounded), and the findings that stop analysis early
 * (syntax errors, binary data, excessive size or nesting).
 */
import { Document, isAlias, parseAllDocuments, visit, type Node, type YAMLError } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineEnd } from './lines';
import { excessiveNestingAt, maxNesting } from './nesting';
import { assemble, PartCache } from './parsedParts';
import { parseOptions } from './parseOptions';
import { splitParts } from './parts';
import { finding, type FindingSink } from '../rules/findings';
import type { Finding, Localized } from '../types';

/** Aliases may expand to at most this many nodes: enough for any real reuse, far below a "billion laughs". */
export const maxAliasCount = 1000;

export interface ParsedTom {
  /** Positions, lines and the text itself (UTF-16 offsets, as LSP counts them). */
  text: TextDocument;
  /** The YAML document; undefined when the text was refused before parsing. */
  yaml?: Document.Parsed;
  /** The document as plain data, or undefined when it could not be built. */
  data?: unknown;
  /** yaml-syntax and file-too-large findings. */
  findings: Finding[];
  /** Offsets of the parts a syntax error breaks (the rest of the document is read as written). */
  broken?: [number, number][];
}

/** How to fix each kind of error the yaml library reports, by its code. */
const hints: Record<string, Localized> = {
  DUPLICATE_KEY: { en: 'remove or rename one of the two keys', de: 'entfernen oder benennen Sie einen der beiden Schlüssel um' },
  TAB_AS_INDENT: { en: 'indent with spaces', de: 'rücken Sie mit Leerzeichen ein' },
  BAD_INDENT: { en: 'align the line with its siblings', de: 'richten Sie die Zeile an den gleichrangigen Zeilen aus' },
  MISSING_CHAR: {
    en: 'add the missing closing character (a quote or bracket opened here is never closed)',
    de: 'ergänzen Sie das fehlende schließende Zeichen (ein hier geöffnetes Anführungszeichen oder eine Klammer wird nie geschlossen)',
  },
  MULTILINE_IMPLICIT_KEY: {
    en: 'a key must fit on one line; check the indentation and quoting above',
    de: 'ein Schlüssel muss in eine Zeile passen; prüfen Sie Einrückung und Anführungszeichen darüber',
  },
  BLOCK_AS_IMPLICIT_KEY: { en: 'check the indentation: a nested block cannot be a key', de: 'prüfen Sie die Einrückung: ein verschachtelter Block kann kein Schlüssel sein' },
  UNEXPECTED_TOKEN: { en: 'check the quoting and indentation of this line', de: 'prüfen Sie Anführungszeichen und Einrückung dieser Zeile' },
  BAD_SCALAR_START: { en: 'quote the value, e.g. "@team"', de: 'setzen Sie den Wert in Anführungszeichen, z. B. "@team"' },
  ALIAS_PROPS: { en: 'an alias cannot have an anchor or tag', de: 'ein Alias kann keinen Anker und kein Tag haben' },
  BAD_ALIAS: { en: 'define the anchor (&name) before using *name', de: 'definieren Sie den Anker (&name), bevor Sie *name verwenden' },
};

/** The hints where the library's wording points at a more specific cause than its code. */
const flowNotClosed: Localized = {
  en: 'close the list or map on this line, or indent the lines that continue it',
  de: 'schließen Sie die Liste oder Map in dieser Zeile, oder rücken Sie die Zeilen ein, die sie fortsetzen',
};
const colonMissing: Localized = {
  en: 'add a colon after the key, or indent this line as part of the value above',
  de: 'ergänzen Sie einen Doppelpunkt nach dem Schlüssel, oder rücken Sie diese Zeile als Teil des Werts darüber ein',
};

/**
 * The smallest span that shows the problem: yaml reports an unclosed quote or bracket where it gave up
 * and a duplicate key by its first character; point at the opening quote's or bracket's line and at
 * the whole key instead.
 */
function errorSpan(content: string, { code, message, pos: [start, end] }: YAMLError): [number, number] {
  // yaml reports a list or map left open where the next line starts; the author left it open above
  const flow = code === 'BAD_INDENT' ? /^Flow (sequence|mapping)/.exec(message) : null;
  if (flow) {
    const open = content.lastIndexOf(flow[1] === 'sequence' ? '[' : '{', start - 1);
    if (open >= 0) return [open, lineEnd(content, open)];
  }
  if (code === 'MISSING_CHAR' && /quote/.test(message)) {
    const quote = content.lastIndexOf(/'quote/.test(message) ? "'" : '"', start - 1);
    if (quote >= 0) return [quote, lineEnd(content, quote)];
  }
  if (code === 'DUPLICATE_KEY') {
    const colon = content.indexOf(':', start);
    const stop = lineEnd(content, start);
    if (colon > start && colon <= stop) return [start, colon];
  }
  return [start, Math.max(end, start + 1)];
}

/** The library's own description (English only), then what to do; in German, the description follows in parentheses. */
function syntaxMessage(message: string, code: string): Localized {
  const first = message.replace(/ at line \d+, column \d+.*$/s, '').replace(/\s+/g, ' ').trim();
  const hint = code === 'BAD_INDENT' && /^Flow /.test(first) ? flowNotClosed
    : code === 'MISSING_CHAR' && /map values/.test(first) ? colonMissing
      : hints[code];
  const described = first.replace(/\.$/, '');
  return hint
    ? { en: `${first}: ${hint.en}.`, de: `YAML-Fehler (${described}): ${hint.de}.` }
    : { en: first.endsWith('.') ? first : `${first}.`, de: `YAML-Fehler: ${described}.` };
}

/**
 * Parses the text part by part (parts.ts), reusing the parts `parts` kept from the last version, or
 * whole where the lines do not show the parts for certain.
 */
export function parseTom(text: TextDocument, maxFileSize: number, parts?: PartCache): ParsedTom {
  const content = text.getText();
  const findings: Finding[] = [];
  const add: FindingSink = (f) => findings.push(f);
  const at = (start: number, end: number) => ({ start: text.positionAt(start), end: text.positionAt(end) });

  if (content.length > maxFileSize) {
    add(finding('file-too-large', at(0, 0), {
      en: `This file has ${content.length} characters, more than the limit of ${maxFileSize}: it was not analysed. Split it, or raise the limit (setting tom.maxFileSizeMB, or maxFileSizeMB in .tom-studio.yaml).`,
      de: `Diese Datei hat ${content.length} Zeichen, mehr als die Grenze von ${maxFileSize}: sie wurde nicht geprüft. Teilen Sie sie auf oder heben Sie die Grenze an (Einstellung tom.maxFileSizeMB oder maxFileSizeMB in .tom-studio.yaml).`,
    }));
    return { text, findings };
  }
  const nul = content.indexOf('\0');
  if (nul >= 0) {
    add(finding('yaml-syntax', at(nul, nul + 1), {
      en: 'This file contains binary data (a NUL character), not YAML text: open the right file, or remove the binary content.',
      de: 'Diese Datei enthält Binärdaten (ein NUL-Zeichen), keinen YAML-Text: öffnen Sie die richtige Datei oder entfernen Sie den binären Inhalt.',
    }));
    return { text, findings };
  }
  const bad = content.indexOf('\uFFFD');
  if (bad >= 0) {
    add(finding('yaml-syntax', at(bad, bad + 1), {
      en: 'The file has bytes here that are not valid UTF-8 (shown as \uFFFD): save it as UTF-8 and retype the character.',
      de: 'Die Datei hat hier Bytes, die kein gültiges UTF-8 sind (angezeigt als \uFFFD): speichern Sie sie als UTF-8 und tippen Sie das Zeichen neu.',
    }));
  }
  const tooDeep = (offset: number): ParsedTom => {
    add(finding('yaml-syntax', at(offset, offset + 1), {
      en: `The YAML nests more than ${maxNesting} levels deep here; a TOM document needs fewer than ten. Flatten the structure.`,
      de: `Das YAML ist hier mehr als ${maxNesting} Ebenen tief verschachtelt; ein TOM-Dokument braucht weniger als zehn. Vereinfachen Sie die Struktur.`,
    }));
    return { text, findings };
  };
  const reportErrors = (errors: readonly YAMLError[]) => {
    for (const e of errors) {
      const [start, end] = errorSpan(content, e);
      add(finding('yaml-syntax', at(start, end), syntaxMessage(e.message, e.code)));
    }
  };
  const layout = splitParts(content);
  const assembled = layout && assemble(content, layout, parts ?? new PartCache());
  if (assembled?.deep !== undefined) return tooDeep(assembled.deep);
  // A syntax error in a part is checked against the whole parse once: where the whole text parses
  // cleanly, the lines misled the split (a quoted text running over several lines, say).
  // (Nesting is bounded per part; across parts only the whole text shows it, before the whole parse.)
  const whole = !assembled?.doc || assembled.doc.errors.length > 0;
  const deep = whole ? excessiveNestingAt(content) : -1;
  if (deep >= 0) return tooDeep(deep);
  const docs = whole ? parseAllDocuments(content, parseOptions) : undefined;
  const misled = Array.isArray(docs) && docs.length === 1 && docs[0].errors.length === 0;
  if (assembled?.doc && !misled) {
    reportErrors(assembled.doc.errors);
    return { text, yaml: assembled.doc, data: assembled.data, findings, broken: assembled.broken };
  }

  const all = Array.isArray(docs) ? docs : [];
  for (const doc of all) reportErrors(doc.errors);
  for (const extra of all.slice(1)) {
    const start = extra.range[0];
    add(finding('yaml-syntax', at(start, Math.min(start + 3, content.length)), {
      en: 'A TOM file holds one YAML document; this starts a second one (---): move it to its own file or remove the separator.',
      de: 'Eine TOM-Datei enthält ein YAML-Dokument; hier beginnt ein zweites (---): verschieben Sie es in eine eigene Datei oder entfernen Sie das Trennzeichen.',
    }));
  }
  const yaml = all[0];
  if (!yaml) return { text, findings };

  let data: unknown;
  try {
    data = yaml.toJS({ maxAliasCount });
  } catch (e) {
    const alias = firstAlias(yaml);
    const [s, t] = alias?.range ?? [0, 1];
    const why = (e as Error).message.replace(/\.$/, '');
    add(finding('yaml-syntax', at(s, t), {
      en: `Aliases here expand to too much data (${why}): a TOM document needs no such nesting of aliases; write the values out.`,
      de: `Die Aliase hier ergeben zu viele Daten (${why}): ein TOM-Dokument braucht keine so verschachtelten Aliase; schreiben Sie die Werte aus.`,
    }));
  }
  return { text, yaml, data, findings };
}

function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, { Alias(_, node) { found = node; return visit.BREAK; } });
  return found;
}

/** Resolves an alias to the node it names; other nodes are returned as they are. */
export function deref(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}


