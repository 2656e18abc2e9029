/** Hover on a mapping id: the control's title and framework, and which other measures map to it, in the user's language. */
import type { Scalar } from 'yaml';
import { measureLabel } from '../document/labels';
import type { TomModel } from '../document/model';
import { findControl, framework, frameworkName, isFrameworkId } from './catalogues';
import type { Locale } from '../types';
import { documentMappings } from './mappings';

/** Hovers list at most this many other measures; a large document may map dozens to one control. */
const listed = 10;

export function mappingIdHover(model: TomModel, frameworkId: string, node: Scalar, locale: Locale = 'en'): string | undefined {
  const raw = String(node.value);
  const f = isFrameworkId(frameworkId) ? framework(frameworkId) : undefined;
  if (!f) return undefined;
  const de = locale === 'de';
  const name = frameworkName(f, locale);
  const control = findControl(f.id, raw);
  if (!control) return de ? `\`${raw}\` — keine Anforderung von **${name}** (siehe den Befund).` : `\`${raw}\` — no control of **${name}** (see the finding).`;
  // the user's language first, the other in italics; a title the catalogue has in English only is set in italics in a German hover
  const title = !control.title.de ? (de ? `*${control.title.en}*` : control.title.en) : de ? `${control.title.de} · *${control.title.en}*` : `${control.title.en} · *${control.title.de}*`;
  const written = control.id === raw ? '' : de ? ` (geschrieben \`${raw}\`)` : ` (written \`${raw}\`)`;
  const self = documentMappings(model).refs.find((r) => r.node === node)?.measure;
  const others = (documentMappings(model).byControl.get(f.id)?.get(control.id) ?? []).filter((m) => m !== self);
  const names = others.slice(0, listed).map((m) => `- ${measureLabel(model, m, locale)}`);
  if (others.length > listed) names.push(de ? `- und ${others.length - listed} weitere` : `- and ${others.length - listed} more`);
  const also = others.length
    ? `${de ? 'Ebenfalls hier zugeordnet' : 'Also mapped here'}:\n${names.join('\n')}`
    : de ? 'Keine andere Maßnahme ist dieser Anforderung zugeordnet.' : 'No other measure maps to it.';
  return `**${control.id}** — ${title}${written}\n\n${name}${control.group ? ` · ${control.group}` : ''}\n\n${also}`;
}
