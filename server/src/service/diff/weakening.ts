/**
 * Which changes weaken what a TOM document promises, each with the reason a reviewer reads: fewer
 * or weaker measures, data going further, looser commitments, lost certifications.
 */
import { adequate, eea } from '../law/countries';
import type { Entity, Value } from './snapshot';
import type { Area } from './types';

type Check = (before: Entity | undefined, after: Entity | undefined) => string[];

const words = (v: Value): string[] => (Array.isArray(v) ? v : []);
const word = (v: Value): string | undefined => (typeof v === 'string' ? v : undefined);

/** Implemented promises the most, not-applicable nothing. */
const statusRank: Record<string, number> = { implemented: 3, partial: 2, planned: 1, 'not-applicable': 0 };

/** For each commitment, the direction in which it is loosened. */
const looser: Record<string, 'up' | 'down'> = {
  breachNotificationHours: 'up',
  deletionHours: 'up',
  backupDeletionDays: 'up',
  tlsMinVersion: 'down',
  passwordMinLength: 'down',
  accessReviewMonths: 'up',
};

/** Locations outside the EU/EEA, noting those an adequacy decision covers. */
const outsideEea = (codes: string[]): string[] =>
  codes.filter((c) => !eea.has(c)).map((c) => (adequate.has(c) ? `${c} (adequacy decision)` : c));

const measure: Check = (before, after) => {
  if (!before) return [];
  const status = word(before.fields.status) ?? 'implemented';
  if (!after) return status === 'not-applicable' ? [] : ['removed'];
  const reasons: string[] = [];
  const lost = words(before.fields.cia).filter((t) => !words(after.fields.cia).includes(t));
  if (lost.length) reasons.push(`CIA tag${lost.length > 1 ? 's' : ''} ${lost.join(', ')} removed`);
  const now = word(after.fields.status) ?? 'implemented';
  if ((statusRank[now] ?? 0) < (statusRank[status] ?? 0)) reasons.push(`downgraded from ${status} to ${now}`);
  const [due, newDue] = [word(before.fields.due), word(after.fields.due)];
  if (now !== 'implemented' && due && newDue && newDue > due) reasons.push(`due date postponed from ${due} to ${newDue}`);
  return reasons;
};

const section: Check = (before, after) => (before && !after ? ['control type no longer covered'] : []);

const subprocessor: Check = (before, after) => {
  if (!after) return [];
  const reasons: string[] = [];
  const added = words(after.fields.locations).filter((c) => !before || !words(before.fields.locations).includes(c));
  const outside = outsideEea(added);
  if (outside.length) reasons.push(`${before ? 'new location' : 'new subprocessor'} outside the EU/EEA: ${outside.join(', ')}`);
  const mechanism = before && word(before.fields.transferMechanism);
  if (mechanism && !word(after.fields.transferMechanism)) reasons.push(`transfer mechanism ${mechanism} removed`);
  return reasons;
};

const certification: Check = (before, after) => (before && !after ? ['removed'] : []);

const commitment: Check = (before, after) => {
  const old = before && word(before.fields.value);
  if (old === undefined) return [];
  const now = after && word(after.fields.value);
  if (now === undefined) return ['no longer promised'];
  const direction = looser[before!.key];
  const [a, b] = [Number(old), Number(now)];
  if (!direction || Number.isNaN(a) || Number.isNaN(b)) return [];
  return (direction === 'up' ? b > a : b < a) ? [`loosened from ${old} to ${now}`] : [];
};

export const weakening: Record<Exclude<Area, 'document'>, Check> = {
  section,
  measure,
  scope: () => [],
  subprocessor,
  certification,
  commitment,
};
