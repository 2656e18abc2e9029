/**
 * The transfers a document describes: each subprocessor location, the code it stands for, and the
 * mechanism that applies to it (the subprocessor's one `transferMechanism`, or its entry in a map
 * from location to mechanism). Shared by the transfer rules, so that they read the document alike.
 */
import { isMap, isScalar, type Node, type Scalar, type YAMLMap } from 'yaml';
import { get, items, str, type TomModel } from '../document/model';
import { legalStatus, readLocation, type LegalStatus, type Location } from '../law/countries';
import { placeName } from '../law/describe';
import type { Localized } from '../types';

export interface Transfer {
  subprocessor: YAMLMap;
  /** The subprocessor's name, for messages. */
  name: string;
  node: Scalar;
  written: string;
  location: Location;
  /** What the law says, for a location the tools know. */
  status?: LegalStatus;
  mechanism?: string;
  /** The scalar that names the mechanism (the finding's place). */
  mechanismNode?: Scalar;
}

export function transfers(model: TomModel): Transfer[] {
  const { doc } = model;
  return model.subprocessors.flatMap((sp) => {
    const name = str(get(doc, sp, 'name')) ?? 'This subprocessor';
    const declared = get(doc, sp, 'transferMechanism');
    return items(doc, get(doc, sp, 'locations')).flatMap((node): Transfer[] => {
      const written = str(node);
      if (!written || !isScalar(node)) return [];
      const location = readLocation(written);
      const status = location.kind === 'unknown' ? undefined : legalStatus(location.code);
      const mechanismNode = mechanismFor(doc, declared, written, location);
      return [{ subprocessor: sp, name, node, written, location, status, mechanism: str(mechanismNode), mechanismNode }];
    });
  });
}

/** The one mechanism, or the map's entry for the location as written or as its code. */
function mechanismFor(doc: TomModel['doc'], declared: Node | undefined, written: string, location: Location): Scalar | undefined {
  if (isScalar(declared)) return declared;
  if (!isMap(declared)) return undefined;
  const entry = get(doc, declared, written) ?? (location.kind !== 'unknown' ? get(doc, declared, location.code) : undefined);
  return isScalar(entry) ? entry : undefined;
}

/** A transfer in the sense of Chapter V that needs a mechanism: a third country, or the US without more. */
export const needsMechanism = (t: Transfer): boolean =>
  t.status?.kind === 'third-country' || (t.status?.kind === 'adequate' && t.status.decision.scope === 'certified');

/** "India (IN)", "China (CN) and United States (US)": the places of some transfers, for a message. */
export function placesOf(group: readonly Transfer[]): Localized {
  const list = (locale: 'en' | 'de', and: string) => {
    const all = group.map((t) => placeName(t.location.kind === 'unknown' ? t.written : t.location.code)[locale]);
    return all.length > 1 ? `${all.slice(0, -1).join(', ')} ${and} ${all.at(-1)}` : all[0];
  };
  return { en: list('en', 'and'), de: list('de', 'und') };
}
