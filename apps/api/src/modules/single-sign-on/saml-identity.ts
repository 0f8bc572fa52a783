import { onlyOtherScopes, privilegesForCvr } from '@overblik/domain';
import { PRIVILEGE_ATTRIBUTES, readPrivilegeList } from './privilege-list';
import { SamlRefused } from './saml-refusal';
import type { VerifiedAssertion } from './saml-response';

/**
 * Attribute names read for the person's e-mail and name, first match wins: OIOSAML 3 (Context
 * Handler with NSIS), OIOSAML 2, then the claim URIs Microsoft Entra ID sends (ADR 0028).
 */
const EMAIL_ATTRIBUTES = [
  'https://data.gov.dk/model/core/eid/email',
  'dk:gov:saml:attribute:Email',
  'urn:oid:0.9.2342.19200300.100.1.3',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
];
const NAME_ATTRIBUTES = [
  'https://data.gov.dk/model/core/eid/fullName',
  'urn:oid:2.5.4.3',
  'http://schemas.microsoft.com/identity/claims/displayname',
];
const GIVEN_AND_FAMILY = [
  ['https://data.gov.dk/model/core/eid/firstName', 'https://data.gov.dk/model/core/eid/lastName'],
  [
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
  ],
];

export interface SamlIdentity {
  subject: string;
  email: string;
  name: string;
  /** The values the provider's role mapping reads (for the privilege attribute: this CVR's privilege URIs). */
  claimValues: string[];
}

const firstValue = (attributes: Record<string, string[]>, names: readonly string[]) =>
  names.map((n) => attributes[n]?.[0]).find((v) => v) ?? '';

/** Brugersystemroller for this organisation; refuses a list that is unreadable or only for other CVRs. */
function privileges(attributes: Record<string, string[]>, cvr: string | null): string[] | null {
  const encoded = PRIVILEGE_ATTRIBUTES.flatMap((name) => attributes[name] ?? []);
  if (!encoded.length) return null;
  const groups = encoded.flatMap((value) => {
    const list = readPrivilegeList(value);
    if (!list) throw new SamlRefused('INVALID');
    return list;
  });
  if (!cvr) return groups.some((g) => g.privileges.length) ? refuseScope() : [];
  if (onlyOtherScopes(groups, cvr)) refuseScope();
  return privilegesForCvr(groups, cvr);
}

function refuseScope(): never {
  throw new SamlRefused('SCOPE');
}

/**
 * The person a verified assertion names, for the shared provisioning (ADR 0027). With the role
 * claim set to the privilege attribute (either profile's name), the mapping reads the privilege URIs
 * granted under the organisation's CVR; any other role claim is read as a plain attribute.
 */
export function samlIdentity(
  assertion: VerifiedAssertion,
  roleClaim: string,
  cvr: string | null,
): SamlIdentity {
  const { attributes } = assertion;
  const granted = privileges(attributes, cvr);
  const email = firstValue(attributes, EMAIL_ATTRIBUTES).toLowerCase();
  if (!email) throw new SamlRefused('NO_EMAIL');
  const pair = GIVEN_AND_FAMILY.map(([g, f]) =>
    [attributes[g]?.[0], attributes[f]?.[0]].filter(Boolean).join(' '),
  ).find(Boolean);
  const name = firstValue(attributes, NAME_ATTRIBUTES) || pair || email;
  const claimValues = PRIVILEGE_ATTRIBUTES.includes(roleClaim)
    ? (granted ?? [])
    : (attributes[roleClaim] ?? []);
  return { subject: assertion.nameId, email, name, claimValues };
}
