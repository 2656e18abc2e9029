/**
 * A line over each section: how many measures it has and how many carry each CIA tag; and over each
 * measure's `mappings`: how many frameworks the measure serves.
 */
import type { CodeLens } from 'vscode-languageserver-types';
import type { Analysis } from '../document/analysis';
import { ciaOrder } from '../catalogue/controlTypes';
import { measureCount } from '../document/labels';
import { pairOf } from '../document/model';
import { rangeOf } from '../rules/rule';
import type { Locale } from '../types';
import { mappingLenses } from '../frameworks/codeLens';

export function codeLenses(analysis: Analysis, locale: Locale = 'en'): CodeLens[] {
  const model = analysis.model;
  if (!model) return [];
  const sections = model.sections.map((s): CodeLens => {
    const tags = s.measures.map((m) => new Set(m.cia));
    const counts = ciaOrder.map((tag) => `${tag} ${tags.filter((t) => t.has(tag)).length}`);
    const title = [measureCount(s.measures.length, locale), ...counts].join(' · ');
    const at = pairOf(s.map, 'type')?.key ?? s.map;
    // An empty command id makes the lens plain text: there is nothing to run.
    return { range: rangeOf(analysis.text, at), command: { title, command: '' } };
  });
  return [...sections, ...mappingLenses(analysis.text, model, locale)];
}
