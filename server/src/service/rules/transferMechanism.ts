import type { Scalar } from 'yaml';
import type { Localized } from '../types';
import { finding } from './findings';
import { defineRule, groupBy, rangeOf } from './rule';
import { placesOf, transfers, type Transfer } from './transfers';

/** Why a mechanism does not fit a location. */
type Misfit = 'dpf-outside-us' | 'dpf-for-adequate' | 'adequacy-for-us' | 'adequacy-without-decision';

/**
 * A transfer mechanism that does not fit the country: `dpf` is the adequacy decision for certified
 * US organisations only (Implementing Decision (EU) 2023/1795); `adequacy` needs a decision for the
 * country (Art. 45 GDPR), and for the US names the wrong one. Locations inside the EU/EEA need no
 * mechanism, so a mechanism never misfits them.
 */
export const transferMechanism = defineRule({
  id: 'transfer-mechanism',
  severity: 'warning',
  summary: {
    en: 'a transfer mechanism that does not fit the country: `dpf` outside the US, `adequacy` without a decision',
    de: 'ein Übermittlungsinstrument, das nicht zum Land passt: `dpf` außerhalb der USA, `adequacy` ohne Angemessenheitsbeschluss',
  },
  docs: { finds: 'a mechanism that does not fit the country: `dpf` outside the US, `adequacy` where there is no decision or for the US', pointsAt: 'the mechanism' },
  scope: 'document',
  suppressible: true,
  check({ model, text, add }) {
    const misfits = transfers(model).flatMap((t) => {
      const why = misfit(t);
      return why ? [{ t, why }] : [];
    });
    // one finding per mechanism and reason, naming every location it does not fit
    for (const group of groupBy(misfits, ({ t, why }) => `${t.mechanismNode?.range?.[0]}:${why}`).values()) {
      const node = group[0].t.mechanismNode as Scalar;
      add(finding('transfer-mechanism', rangeOf(text, node), message(group[0].why, group.map((g) => g.t))));
    }
  },
});

function misfit(t: Transfer): Misfit | undefined {
  if (t.location.kind === 'unknown' || !t.status || t.status.kind === 'eea') return undefined;
  const adequate = t.status.kind === 'adequate';
  if (t.mechanism === 'dpf' && t.location.code !== 'US') return adequate ? 'dpf-for-adequate' : 'dpf-outside-us';
  if (t.mechanism === 'adequacy' && t.location.code === 'US') return 'adequacy-for-us';
  if (t.mechanism === 'adequacy' && !adequate) return 'adequacy-without-decision';
  return undefined;
}

function message(why: Misfit, group: Transfer[]): Localized {
  const p = placesOf(group);
  switch (why) {
    case 'dpf-outside-us': return {
      en: `dpf (the EU-U.S. Data Privacy Framework) covers only recipients in the United States, not ${p.en}: use scc (Art. 46(2)(c) GDPR), bcr (Art. 47) or derogation (Art. 49) there; a map such as {US: dpf, IN: scc} names a mechanism per location.`,
      de: `dpf (das EU-U.S. Data Privacy Framework) gilt nur für Empfänger in den Vereinigten Staaten, nicht für ${p.de}: verwenden Sie dort scc (Art. 46 Abs. 2 lit. c DSGVO), bcr (Art. 47) oder derogation (Art. 49); eine Zuordnung wie {US: dpf, IN: scc} nennt das Instrument je Ort.`,
    };
    case 'dpf-for-adequate': return {
      en: `dpf (the EU-U.S. Data Privacy Framework) covers only recipients in the United States; ${p.en} has an adequacy decision of its own: write adequacy (Art. 45 GDPR).`,
      de: `dpf (das EU-U.S. Data Privacy Framework) gilt nur für Empfänger in den Vereinigten Staaten; für ${p.de} gibt es einen eigenen Angemessenheitsbeschluss: schreiben Sie adequacy (Art. 45 DSGVO).`,
    };
    case 'adequacy-for-us': return {
      en: 'The adequacy decision for the United States (Implementing Decision (EU) 2023/1795) covers only organisations certified under the EU-U.S. Data Privacy Framework: write dpf if the recipient is certified, else scc (Art. 46(2)(c) GDPR).',
      de: 'Der Angemessenheitsbeschluss für die Vereinigten Staaten (Durchführungsbeschluss (EU) 2023/1795) gilt nur für Organisationen, die nach dem EU-U.S. Data Privacy Framework zertifiziert sind: schreiben Sie dpf, wenn der Empfänger zertifiziert ist, sonst scc (Art. 46 Abs. 2 lit. c DSGVO).',
    };
    case 'adequacy-without-decision': return {
      en: `There is no EU adequacy decision for ${p.en} (Art. 45 GDPR): use scc (Art. 46(2)(c)), bcr (Art. 47) or derogation (Art. 49).`,
      de: `Für ${p.de} gibt es keinen Angemessenheitsbeschluss der EU (Art. 45 DSGVO): verwenden Sie scc (Art. 46 Abs. 2 lit. c), bcr (Art. 47) oder derogation (Art. 49).`,
    };
  }
}
