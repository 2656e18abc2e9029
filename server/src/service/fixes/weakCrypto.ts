/**
 * weak-crypto on `commitments.tlsMinVersion`: commit to "1.2". It changes a promise the organisation
 * makes, so it is offered, never applied by fix-all.
 */
import type { WeakCryptoData } from '../rules/weakCrypto';
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixWeakTls: FixBuilder<WeakCryptoData> = ({ data, target }) => {
  const version = data?.tlsMinVersion;
  const step = target?.at(-1);
  const edit = version && step && !step.isKey ? replaceScalar(target!, version) : undefined;
  return edit ? [{ title: { en: `Require TLS ${version} or newer (tlsMinVersion: "${version}")`, de: `TLS ${version} oder neuer verlangen (tlsMinVersion: "${version}")` }, edits: [edit], preferred: true }] : [];
};
