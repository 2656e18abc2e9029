/** Hover on a mapping id: the control's title and framework, and which other measures map to it. */
import type { Scalar } from 'yaml';
import { measureLabel } from '../document/labels';
import type { TomModel } from '../document/model';
import { findControl, framework, isFrameworkId } from './catalogues';
import { documentMappings } from './mappings';

/** Hovers list at most this many other measures; a large document may map dozens to one control. */
const listed = 10;

export function mappingIdHover(model: TomModel, frameworkId: string, node: Scalar): string | undefined {
  const raw = String(node.value);
  const f = isFrameworkId(frameworkId) ? framework(frameworkId) : undefined;
  if (!f) return undefined;
  const control = findControl(f.id, raw);
  if (!control) return `\`${raw}\` — no control of **${f.name.en}** (see the finding).`;
  const title = control.title.de ? `${control.title.en} · *${control.title.de}*` : control.title.en;
  const written = control.id === raw ? '' : ` (written \`${raw}\`)`;
  const self = documentMappings(model).refs.find((r) => r.node === node)?.measure;
  const others = (documentMappings(model).byControl.get(f.id)?.get(control.id) ?? []).filter((m) => m !== self);
  const names = others.slice(0, listed).map((m) => `- ${measureLabel(model, m)}`);
  if (others.length > listed) names.push(`- and ${others.length - listed} more`);
  const also = others.length ? `Also mapped here:\n${names.join('\n')}` : 'No other measure maps to it.';
  return `**${control.id}** — ${title}${written}\n\n${f.name.en}${control.group ? ` · ${control.group}` : ''}\n\n${also}`;
}
