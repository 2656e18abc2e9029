/**
 * third-country-transfer: `transferMechanism:` after the subprocessor's `locations`. Which mechanism
 * applies is a legal fact the author must confirm, so these fixes never run in fix-all.
 */
import { isMap } from 'yaml';
import { pairOf } from '../document/model';
import type { ThirdCountryTransferData } from '../rules/thirdCountryTransfer';
import { insertPairs } from './textEdits';
import type { FixBuilder } from './types';
import type { Localized } from '../types';

export const fixTransferMechanism: FixBuilder<ThirdCountryTransferData> = ({ data, target, text, style }) => {
  // location item → locations list → the subprocessor map
  const sp = target?.at(-2)?.parent;
  if (!isMap(sp) || pairOf(sp, 'transferMechanism')) return [];
  const mechanisms = data?.location === 'US' ? ['scc', 'dpf'] : ['scc'];
  return mechanisms.flatMap((m, i) => {
    const edit = insertPairs(text, style, sp, [['transferMechanism', m]], pairOf(sp, 'locations') ?? 'last');
    const what: Localized = m === 'scc'
      ? { en: 'standard contractual clauses', de: 'Standardvertragsklauseln' }
      : { en: 'EU-U.S. Data Privacy Framework', de: 'EU-U.S. Data Privacy Framework' };
    // clauses leave the transfer impact assessment to fill in (transfer-impact-assessment)
    const creates = m === 'scc' ? ['transfer-impact-assessment' as const] : [];
    return edit ? [{ title: { en: `Add transferMechanism: ${m} (${what.en})`, de: `transferMechanism: ${m} ergänzen (${what.de})` }, edits: [edit], preferred: i === 0, creates }] : [];
  });
};
