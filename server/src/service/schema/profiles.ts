/**
 * Organisation profiles: further JSON Schemas a document must satisfy, named by the `schemas` setting
 * (glob → local file) or by the document's own `$schema` key (a file relative to the document).
 * Only local files are read, through the host; a URL is refused with a finding, never fetched.
 */
import { minimatch } from 'minimatch';
import type { Document, Node } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { finding, type FindingSink } from '../rules/findings';
import { get, pairOf, str, type TomModel } from '../document/model';
import { rangeOf } from '../rules/rule';
import { reportSchemaErrors } from './schemaErrors';
import { profileValidator } from './schemas';
import type { Host, Settings } from '../types';

interface Profile { uri: string; name: string; node?: Node }

/** A reference to fetch rather than a local path (a drive letter such as C:\\ is local): always refused. */
export const isRemote = (ref: string) => /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^file:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref);

/**
 * Settings map globs to schema file URIs. An absolute glob (a `.tom-studio.yaml`'s, anchored at its
 * folder) matches as it is; the editor's relative ones match at any depth.
 */
function fromSettings(uri: string, settings: Settings): Profile[] {
  const path = decodeURIComponent(new URL(uri).pathname);
  const pattern = (glob: string) => (glob.startsWith('/') ? glob : glob.includes('/') && !glob.startsWith('**') ? `**/${glob.replace(/^\.?\//, '')}` : `**/${glob}`);
  return Object.entries(settings.schemas)
    .filter(([glob]) => minimatch(path, pattern(glob), { dot: true }))
    .map(([, schema]) => ({ uri: schema, name: schema.split('/').pop() ?? schema }));
}

export function checkProfiles(uri: string, model: TomModel, data: unknown, text: TextDocument, host: Host, settings: Settings, add: FindingSink): void {
  const profiles = uri.startsWith('file:') ? fromSettings(uri, settings) : [];
  const own = get(model.doc, model.root, '$schema');
  const ref = str(own);
  if (ref !== undefined) {
    if (isRemote(ref)) {
      add(finding('schema', rangeOf(text, own!), {
        en: '$schema names a URL; only local schema files are read (nothing is ever downloaded): save the profile next to the document and name the file.',
        de: '$schema nennt eine URL; gelesen werden nur lokale Schemadateien (nichts wird je heruntergeladen): speichern Sie das Profil neben dem Dokument und nennen Sie die Datei.',
      }));
    } else {
      try {
        profiles.push({ uri: new URL(ref, uri).href, name: ref, node: own });
      } catch {
        add(finding('schema', rangeOf(text, own!), {
          en: `$schema "${ref}" is not a file path: name a local JSON Schema file relative to this document.`,
          de: `$schema "${ref}" ist kein Dateipfad: nennen Sie eine lokale JSON-Schema-Datei relativ zu diesem Dokument.`,
        }));
      }
    }
  }
  for (const p of profiles) {
    const where = p.node ? rangeOf(text, p.node) : rangeOf(text, (pairOf(model.root, 'tom')?.key ?? model.root ?? { range: [0, 0, 0] }) as Node);
    const content = host.readFile(p.uri);
    if (content === undefined) {
      add(finding('schema', where, {
        en: `The profile schema ${p.name} cannot be read: check that the file exists (${p.uri}).`,
        de: `Das Profilschema ${p.name} lässt sich nicht lesen: prüfen Sie, ob die Datei existiert (${p.uri}).`,
      }));
      continue;
    }
    let validate;
    try {
      validate = profileValidator(content);
    } catch (e) {
      const why = (e as Error).message;
      add(finding('schema', where, {
        en: `The profile schema ${p.name} is broken and was not applied: ${why}.`,
        de: `Das Profilschema ${p.name} ist fehlerhaft und wurde nicht angewandt: ${why}.`,
      }));
      continue;
    }
    if (!validate(data)) reportSchemaErrors(validate.errors ?? [], { doc: model.doc as Document, text, add, profile: p.name });
  }
}
