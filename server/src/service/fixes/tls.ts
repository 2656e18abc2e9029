/**
 * weak-crypto on `commitments.tlsMinVersion`: commit to "1.2". It changes a promise the organisation
 * makes, so it is offered, never applied by fix-all.
 */
import { replaceScalar } from './textEdits';
import type { FixBuilder } from './types';

export const fixWeakTls: FixBuilder = ({ finding, target }) => {
  const version = finding.data?.tlsMinVersion;
  const step = target?.at(-1);
  const edit = typeof version === 'string' && step && !step.isKey ? replaceScalar(target!, version) : undefined;
  return edit ? [{ title: `Require TLS ${version} or newer (tlsMinVersion: "${version}")`, edits: [edit], preferred: true }] : [];
};
