import type { Scalar } from 'yaml';
import { get } from '../document/model';
import { finding } from './findings';
import { defineRule, groupBy, rangeOf } from './rule';
import { needsMechanism, placesOf, transfers } from './transfers';

/**
 * Standard contractual clauses and binding corporate rules work only where the recipient country's
 * law lets them: the exporter assesses that first (CJEU C-311/18 Schrems II; EDPB Recommendations
 * 01/2020). A subprocessor relying on them for a third country names the assessment and its date.
 */
export const transferImpactAssessment = defineRule({
  id: 'transfer-impact-assessment',
  severity: 'info',
  summary: {
    en: 'standard contractual clauses or binding corporate rules for a third country without a transfer impact assessment',
    de: 'Standardvertragsklauseln oder verbindliche interne Datenschutzvorschriften für ein Drittland ohne Transfer Impact Assessment',
  },
  docs: { finds: '`scc` or `bcr` for a third country without `transferImpactAssessment`', pointsAt: 'the mechanism' },
  scope: 'document',
  suppressible: true,
  check({ model, text, add }) {
    const unassessed = transfers(model).filter((t) =>
      (t.mechanism === 'scc' || t.mechanism === 'bcr') && needsMechanism(t) && !get(model.doc, t.subprocessor, 'transferImpactAssessment'));
    for (const group of groupBy(unassessed, (t) => `${t.mechanismNode?.range?.[0]}`).values()) {
      const what = group[0].mechanism === 'scc'
        ? { en: 'standard contractual clauses', de: 'Standardvertragsklauseln' }
        : { en: 'binding corporate rules', de: 'verbindliche interne Datenschutzvorschriften' };
      const where = placesOf(group);
      add(finding('transfer-impact-assessment', rangeOf(text, group[0].mechanismNode as Scalar), {
        en: `${group[0].name}: ${what.en} for ${where.en} need a transfer impact assessment (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020): add transferImpactAssessment: {reference: …, date: YYYY-MM-DD}.`,
        de: `${group[0].name}: ${what.de} für ${where.de} setzen eine Bewertung der Übermittlung (Transfer Impact Assessment) voraus (EuGH C-311/18 Schrems II; EDSA-Empfehlungen 01/2020): ergänzen Sie transferImpactAssessment: {reference: …, date: JJJJ-MM-TT}.`,
      }));
    }
  },
});
