/**
 * The document as an OSCAL component definition (JSON, OSCAL 1.0.6: the newest edition whose JSON
 * Schema NIST's repository holds; test/fixtures/oscal/README.md), so that compliance-as-code tools
 * such as compliance-trestle can take it in. One component, the organisation's measures, with two
 * control implementations built from the measures' mappings: NIST SP 800-53 rev. 5 (control ids as
 * OSCAL writes them, `ac-2`, `ac-2.1`) and ISO/IEC 27001:2022 Annex A.
 *
 * Every UUID is a name-based (version 5) UUID of what it identifies — the organisation and title,
 * plus the framework and control — so that the same document always gives the same file, and a
 * control keeps its UUID across revisions (as OSCAL asks: one UUID per subject).
 */
import { v5 as uuidV5 } from 'uuid';
import { textLabel } from '../document/labels';
import { get, str, type TomModel } from '../document/model';
import { coverage, type CoveringMeasure } from './coverage';
import { framework, type FrameworkId } from './catalogues';

export const oscalVersion = '1.0.6';

/** The namespace of TOM Studio's OSCAL UUIDs: itself name-based, from the project's name in the URL namespace. */
const namespace = uuidV5('https://github.com/tom-studio/tom-studio#oscal', uuidV5.URL);
const uuidOf = (...parts: string[]) => uuidV5(parts.join('\u0000'), namespace);

/** Where each framework's controls are defined, as the `source` of its control implementation. */
const sources: Partial<Record<FrameworkId, string>> = {
  'nist-800-53': 'https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json',
  'iso27001': 'https://www.iso.org/standard/27001',
};

/** `AC-2(1)` → `ac-2.1`, as NIST's OSCAL catalogue writes control ids; other frameworks keep their ids. */
export function oscalControlId(frameworkId: FrameworkId, id: string): string {
  return frameworkId === 'nist-800-53' ? id.toLowerCase().replace(/\((\d+)\)/g, '.$1') : id;
}

const measureLine = (m: CoveringMeasure) => `- **${m.id}** ${m.title} (${m.status})`;

/**
 * One control implementation per framework the measures map to: a requirement per control (or
 * enhancement) that at least one measure names, described by those measures.
 */
function controlImplementation(model: TomModel, subject: string, frameworkId: FrameworkId) {
  const f = framework(frameworkId)!;
  const byControl = new Map<string, CoveringMeasure[]>();
  for (const row of coverage(model, frameworkId).rows) {
    for (const m of row.measures) {
      // an enhancement (NIST) is its own requirement in OSCAL: each measure is listed where it is mapped
      for (const id of m.via) byControl.set(id, [...(byControl.get(id) ?? []), m]);
    }
  }
  if (byControl.size === 0) return undefined;
  return {
    uuid: uuidOf(subject, frameworkId),
    source: sources[frameworkId] ?? f.source,
    description: `The measures of the TOM document mapped to ${f.name.en}.`,
    'implemented-requirements': [...byControl].map(([id, measures]) => ({
      uuid: uuidOf(subject, frameworkId, id),
      'control-id': oscalControlId(frameworkId, id),
      description: `Implemented by these technical and organisational measures:\n\n${measures.map(measureLine).join('\n')}`,
    })),
  };
}

/** The component definition as a JSON value (the caller serialises it). */
export function oscalComponentDefinition(model: TomModel): object {
  const meta = model.meta;
  const organization = str(get(model.doc, meta, 'organization')) ?? 'Unnamed organisation';
  const title = textLabel(model, get(model.doc, meta, 'title')) ?? 'Technical and organisational measures';
  const lastUpdated = str(get(model.doc, meta, 'lastUpdated')) ?? '';
  // OSCAL wants a date-time; the document has a day (no date at all: the epoch, still reproducible)
  const date = /^\d{4}-\d{2}-\d{2}$/.test(lastUpdated) ? lastUpdated : '1970-01-01';
  const version = str(get(model.doc, meta, 'version')) ?? date;
  const summary = textLabel(model, get(model.doc, meta, 'summary'));
  const subject = `${organization}\u0000${title}`;
  const implementations = (['nist-800-53', 'iso27001'] as const).map((id) => controlImplementation(model, subject, id)).filter(Boolean);
  const party = uuidOf(subject, 'party');
  return {
    'component-definition': {
      uuid: uuidOf(subject, 'component-definition'),
      metadata: {
        title: `${title} — ${organization}`,
        'last-modified': `${date}T00:00:00Z`,
        version,
        'oscal-version': oscalVersion,
        parties: [{ uuid: party, type: 'organization', name: organization }],
      },
      components: [{
        uuid: uuidOf(subject, 'component'),
        type: 'policy',
        title,
        description: summary ?? `The technical and organisational measures (Art. 32 GDPR) of ${organization}.`,
        ...(implementations.length ? { 'control-implementations': implementations } : {}),
      }],
    },
  };
}
