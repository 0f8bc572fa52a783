import type { PrivilegeGroup } from '@overblik/domain';
import { children, parseXml } from './saml-xml';

/**
 * The OIO Basic Privilege Profile's namespaces: 1.1 (OIOSAML 2, `itst.dk`) and 1.2 (OIOSAML 3,
 * `digst.dk`). KOMBIT's Context Handler sends one or the other depending on the profile the
 * user-facing system (brugervendt system) is registered with (ADR 0028).
 */
const BPP_NAMESPACES = [
  'http://itst.dk/oiosaml/basic_privilege_profile',
  'http://digst.dk/oiosaml/basic_privilege_profile',
];
/** PrivilegeGroup and Privilege are unqualified in the profile's examples, qualified in some issuers'. */
const CHILD_NAMESPACES = ['', ...BPP_NAMESPACES];

/** Where the base64 PrivilegeList travels: OIOSAML 2 and OIOSAML 3 attribute names. */
export const PRIVILEGE_ATTRIBUTES = [
  'dk:gov:saml:attribute:Privileges_intermediate',
  'https://data.gov.dk/model/core/eid/privilegesIntermediate',
];

/** Decodes a base64 PrivilegeList; null when it is not one (then the sign-in is refused). */
export function readPrivilegeList(base64: string): PrivilegeGroup[] | null {
  const xml = Buffer.from(base64.replace(/\s+/g, ''), 'base64').toString('utf8');
  const doc = parseXml(xml);
  const root = doc?.documentElement;
  if (!root || root.localName !== 'PrivilegeList' || !BPP_NAMESPACES.includes(root.namespaceURI ?? ''))
    return null;
  return children(root, CHILD_NAMESPACES, 'PrivilegeGroup').map((group) => ({
    scope: group.getAttribute('Scope') ?? '',
    privileges: children(group, CHILD_NAMESPACES, 'Privilege').map((p) => (p.textContent ?? '').trim()),
  }));
}
