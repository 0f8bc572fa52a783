import type { DataType, RegisterFamily } from '@overblik/domain';
import { REGISTER_FAMILIES } from '@overblik/domain';

/**
 * What the demo's edges and integrations carry (ADR 0012), as a municipal architect would declare
 * it: person data from CPR reaches the ESDH, digital post and the SMS gateways, but the agenda
 * published on the website holds cases and documents only. A few integrations stay undeclared,
 * as in a real landscape, so the impact analysis shows possible as well as certain losses.
 */
type Payload = { dataTypes: DataType[]; registerFamilies: RegisterFamily[] };

/** `pl('PERSON', 'CASE', 'CPR')`: data types and register families in one list. */
export function pl(...values: (DataType | RegisterFamily)[]): Payload {
  const isFamily = (v: string): v is RegisterFamily => (REGISTER_FAMILIES as readonly string[]).includes(v);
  return {
    dataTypes: values.filter((v): v is DataType => !isFamily(v)),
    registerFamilies: values.filter(isFamily),
  };
}

/** What a usage reads from a shared source, by register family (copies read what their source holds). */
const BY_FAMILY: Record<string, Payload> = {
  CPR: pl('PERSON', 'CPR'),
  CVR: pl('COMPANY', 'CVR'),
  BBR: pl('PROPERTY', 'BBR'),
  DAR: pl('PROPERTY', 'GIS', 'DAR'),
  MATRIKEL: pl('PROPERTY', 'GIS', 'MATRIKEL'),
  EJF: pl('PROPERTY', 'PERSON', 'COMPANY', 'EJF'),
  VUR: pl('PROPERTY', 'VUR'),
  SKAT: pl('PERSON', 'INCOME'),
  DAGI: pl('GIS', 'DAGI'),
  GEODANMARK: pl('GIS', 'GEODANMARK'),
  DST: pl('OTHER'),
  FMK: pl('PERSON'),
  STIL: pl('PERSON'),
  STAR: pl('PERSON', 'CASE'),
  UDK: pl('PERSON'),
  SYGESIKRING: pl('PERSON', 'CPR'),
};

/** What a usage reads from each municipality's own sources. */
const BY_LOCAL_SOURCE: Record<string, Payload> = {
  dw: pl('OTHER'),
  hrdata: pl('PERSON', 'ORGANISATION'),
  ejd: pl('PROPERTY'),
  gislag: pl('GIS'),
};

export function edgePayload(family: string | null, localKey: string | null): Payload {
  return (family && BY_FAMILY[family]) || (localKey && BY_LOCAL_SOURCE[localKey]) || pl();
}

/** What each catalogue interface carries; integrations over it inherit this unless they declare their own. */
export const INTERFACE_PAYLOADS: Record<string, Payload> = {
  journal: pl('CASE', 'DOCUMENT', 'PERSON', 'CPR'),
  postering: pl('OTHER', 'CLASSIFICATION'),
  udbetaling: pl('PERSON', 'OTHER', 'CPR'),
  medarbejder: pl('PERSON', 'ORGANISATION'),
  'sms-api': pl('PERSON'),
  'sms-smtp': pl('PERSON'),
  etl: pl('OTHER', 'CLASSIFICATION'),
  'omsorg-udtraek': pl('PERSON', 'CASE', 'CPR'),
  'ydelse-udtraek': pl('PERSON', 'CASE', 'CPR'),
  'job-udtraek': pl('CASE', 'CLASSIFICATION'),
  kort: pl('GIS'),
  plads: pl('PERSON', 'OTHER', 'CPR'),
  // User accounts and roles: organisation data, not the persons' register data.
  scim: pl('ORGANISATION'),
  ansoegning: pl('CASE', 'DOCUMENT', 'PERSON', 'CPR'),
  dagsorden: pl('CASE', 'DOCUMENT'),
  'dp-afsend': pl('DOCUMENT', 'PERSON', 'COMPANY', 'CPR', 'CVR'),
};

/**
 * Integrations that declare their own payload, by "from>to": those without an interface, and the
 * agenda flow, which carries cases and decisions but not the journal's parties. Any integration
 * without an interface and not listed here stays undeclared.
 */
export const INTEGRATION_PAYLOADS: Record<string, Payload> = {
  'politik>esdh': pl('CASE', 'DOCUMENT'),
  'elevadm>lis-b': pl('OTHER'),
  'jobcenter>sms-c': pl('PERSON'),
  'dagtilbud>sms-c': pl('PERSON'),
  'tidsreg>lon': pl('PERSON', 'OTHER'),
  'vagtplan>lon': pl('PERSON', 'OTHER'),
  'hr>lon': pl('PERSON', 'ORGANISATION', 'CPR'),
  'elevadm>skoleplatform': pl('PERSON', 'ORGANISATION', 'CPR'),
  'elevadm>laering': pl('PERSON', 'ORGANISATION'),
  'omsorg>madservice': pl('PERSON', 'CPR'),
  'omsorg>hjaelpem': pl('PERSON', 'CASE', 'CPR'),
  'kursus>hr': pl('PERSON'),
  'esdh>arkiv': pl('CASE', 'DOCUMENT', 'PERSON', 'CPR'),
  // energi>ejendom, esdh>backup, elevadm>koersel and vagtplan>lis-c stay undeclared (see above).
};
