import type { Role, ShareScope } from '@prisma/client';
import type { SeedContext } from './seed-writer';

/**
 * The two fictional neighbouring municipalities of the demo, modelled on the source document's
 * Sorø–Ringsted collaboration: each has the same centre structure, its own people, and both sit in
 * one collaboration that shares landscape, contracts and tender plans (but never contract prices).
 */

export type MunicipalityKey = 'norddal' | 'sovang';

/** The role holders every demo municipality has, by the local part of their e-mail address. */
export type PersonaKey =
  'admin' | 'direktion' | 'raad' | 'koordinator' | 'systemejer' | 'projektleder' | 'kontrakt' | 'laeser';

export const PERSONAS: readonly { key: PersonaKey; roles: Role[]; title: string }[] = [
  { key: 'admin', roles: ['ADMINISTRATOR'], title: 'Administrator' },
  {
    key: 'direktion',
    roles: ['EXECUTIVE_BOARD', 'PORTFOLIO_STEERING_GROUP'],
    title: 'Direktion og porteføljestyregruppe',
  },
  { key: 'raad', roles: ['DIGITALISATION_COUNCIL'], title: 'Digitaliseringsråd' },
  { key: 'koordinator', roles: ['PROJECT_COORDINATOR'], title: 'Projektkoordinator (sekretariat)' },
  { key: 'systemejer', roles: ['SYSTEM_OWNER'], title: 'Systemejer' },
  { key: 'projektleder', roles: ['PROJECT_LEAD'], title: 'Projektleder' },
  { key: 'kontrakt', roles: ['CONTRACT_MANAGER'], title: 'Kontraktstyring og indkøb' },
  { key: 'laeser', roles: ['READER'], title: 'Læser' },
];

export interface MunicipalityDef {
  key: MunicipalityKey;
  name: string;
  code: string;
  domain: string;
  shares: ShareScope[];
  names: Record<PersonaKey, string>;
  /** Colleagues without a known password: system owners, custodians, centre chiefs, project leads. */
  colleagues: string[];
}

export const MUNICIPALITIES: readonly MunicipalityDef[] = [
  {
    key: 'norddal',
    name: 'Norddal Kommune',
    code: '901',
    domain: 'norddal.dk',
    shares: ['SYSTEM_USAGES', 'CONTRACTS', 'PROJECTS', 'TENDER_PLANS'],
    names: {
      admin: 'Henrik Madsen',
      direktion: 'Mette Sørensen',
      raad: 'Lars Kristensen',
      koordinator: 'Camilla Nielsen',
      systemejer: 'Søren Jørgensen',
      projektleder: 'Line Pedersen',
      kontrakt: 'Jens Christiansen',
      laeser: 'Anne Larsen',
    },
    colleagues: [
      'Kirsten Holm',
      'Bo Vestergaard',
      'Pia Lund',
      'Rasmus Bach',
      'Tina Kjær',
      'Ole Dahl',
      'Hanne Juhl',
      'Jakob Winther',
    ],
  },
  {
    key: 'sovang',
    name: 'Søvang Kommune',
    code: '902',
    domain: 'sovang.dk',
    shares: ['SYSTEM_USAGES', 'CONTRACTS', 'TENDER_PLANS'],
    names: {
      admin: 'Peter Rasmussen',
      direktion: 'Hanne Andersen',
      raad: 'Morten Poulsen',
      koordinator: 'Louise Johansen',
      systemejer: 'Thomas Møller',
      projektleder: 'Maria Thomsen',
      kontrakt: 'Niels Olsen',
      laeser: 'Sofie Hansen',
    },
    colleagues: [
      'Gitte Mikkelsen',
      'Anders Krogh',
      'Lene Bundgaard',
      'Martin Skov',
      'Dorthe Friis',
      'Kasper Brandt',
      'Susanne Berg',
      'Michael Lauridsen',
    ],
  },
];

export const SHARED_USER = {
  email: 'faelles@samarbejde.dk',
  name: 'Birgitte Frederiksen',
  roles: ['READER', 'PROJECT_COORDINATOR'] as Role[],
  description:
    'Fælles programleder: læser og projektkoordinator i både Norddal og Søvang (organisationsskift)',
};

export const COLLABORATION_NAME = 'Norddal–Søvang IT-samarbejde';

export interface DemoUser {
  email: string;
  description: string;
}

/** Every login the demo creates, in the order the server prints them at start. */
export const DEMO_USERS: readonly DemoUser[] = [
  ...MUNICIPALITIES.flatMap((m) =>
    PERSONAS.map((p) => ({ email: `${p.key}@${m.domain}`, description: `${p.title}, ${m.name}` })),
  ),
  { email: SHARED_USER.email, description: SHARED_USER.description },
];

/** Unit tree per municipality: key, name, code, parent key (parents listed before children). */
// prettier-ignore
export const UNIT_TREE: readonly { key: string; name: string; code: string; parent?: string }[] = [
  { key: 'dir', name: 'Direktion', code: 'DIR' },
  { key: 'bu', name: 'Børn og Unge', code: 'BU', parent: 'dir' },
  { key: 'dag', name: 'Dagtilbud', code: 'BU-DAG', parent: 'bu' },
  { key: 'skole', name: 'Skole og PPR', code: 'BU-SKO', parent: 'bu' },
  { key: 'fam', name: 'Familie og Forebyggelse', code: 'BU-FAM', parent: 'bu' },
  { key: 'sos', name: 'Social og Sundhed', code: 'SS', parent: 'dir' },
  { key: 'aeldre', name: 'Ældre og Omsorg', code: 'SS-AEL', parent: 'sos' },
  { key: 'sund', name: 'Sundhed og Træning', code: 'SS-SUN', parent: 'sos' },
  { key: 'handicap', name: 'Handicap og Psykiatri', code: 'SS-HAN', parent: 'sos' },
  { key: 'tek', name: 'Teknik og Miljø', code: 'TM', parent: 'dir' },
  { key: 'byg', name: 'Byg og Plan', code: 'TM-BYG', parent: 'tek' },
  { key: 'natur', name: 'Natur og Miljø', code: 'TM-NAT', parent: 'tek' },
  { key: 'vej', name: 'Vej og Ejendomme', code: 'TM-VEJ', parent: 'tek' },
  { key: 'borger', name: 'Borgerservice', code: 'BS', parent: 'dir' },
  { key: 'oko', name: 'Økonomi', code: 'OK', parent: 'dir' },
  { key: 'hr', name: 'HR og Løn', code: 'OK-HR', parent: 'oko' },
  { key: 'it', name: 'IT og Digitalisering', code: 'IT', parent: 'dir' },
  { key: 'digi', name: 'Digitaliseringssekretariatet', code: 'IT-SEK', parent: 'it' },
  { key: 'job', name: 'Jobcenter', code: 'JC', parent: 'dir' },
  { key: 'ydelse', name: 'Ydelsescenter', code: 'JC-YD', parent: 'job' },
];

/** Ids of what one municipality's other seeders attach to. */
export interface MunicipalityIds {
  def: MunicipalityDef;
  orgId: string;
  units: Record<string, string>;
  users: Record<PersonaKey, string>;
  colleagues: string[];
}

/**
 * How the demo names what must be unique across the database (organisation slugs, e-mail
 * addresses). The demo keeps its names; the browser journeys' fixture seeds the same story again
 * per journey under a tag (ADR 0016), so every journey has organisations of its own.
 */
export interface DemoNaming {
  slug(key: string): string;
  email(address: string): string;
}

export const DEMO_NAMING: DemoNaming = { slug: (key) => key, email: (address) => address };

/** Tagged names: `norddal-<tag>` and `systemejer@<tag>.norddal.dk`. */
export function taggedNaming(tag: string): DemoNaming {
  return { slug: (key) => `${key}-${tag}`, email: (address) => address.replace('@', `@${tag}.`) };
}

export interface DemoOrganisations {
  municipalities: Record<MunicipalityKey, MunicipalityIds>;
  collaborationId: string;
  collaborationOrgId: string;
  sharedUserId: string;
}

const emailOf = (name: string, domain: string) =>
  `${name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/\s+/g, '.')}@${domain}`;

/**
 * Builds organisations, units, users and memberships. `loginHash` is the demo password's hash;
 * colleagues get `lockedHash` (a hash of a secret nobody keeps) so they own things without a login.
 */
export function buildOrganisations(
  ctx: SeedContext,
  loginHash: string,
  lockedHash: string,
  naming: DemoNaming = DEMO_NAMING,
): DemoOrganisations {
  const { rows } = ctx;
  const municipalities = {} as Record<MunicipalityKey, MunicipalityIds>;
  const sharedUserId = ctx.id();
  rows.user.push({
    id: sharedUserId,
    email: naming.email(SHARED_USER.email),
    name: SHARED_USER.name,
    passwordHash: loginHash,
    locale: 'da',
  });

  for (const def of MUNICIPALITIES) {
    const orgId = ctx.id();
    rows.organisation.push({
      id: orgId,
      name: def.name,
      slug: naming.slug(def.key),
      type: 'MUNICIPALITY',
      municipalityCode: def.code,
      // Norddal has tuned its contract settings (see contract-settings); Søvang runs on the defaults.
      settings: def.key === 'norddal' ? { invoiceTolerancePercent: 5, alertHorizonMonths: 12 } : {},
    });
    const units: Record<string, string> = {};
    for (const u of UNIT_TREE) {
      units[u.key] = ctx.id();
      rows.unit.push({
        id: units[u.key],
        organisationId: orgId,
        parentId: u.parent ? units[u.parent] : null,
        name: u.name,
        code: u.code,
      });
    }
    const users = {} as Record<PersonaKey, string>;
    for (const p of PERSONAS) {
      users[p.key] = ctx.id();
      const email = naming.email(`${p.key}@${def.domain}`);
      rows.user.push({
        id: users[p.key],
        email,
        name: def.names[p.key],
        passwordHash: loginHash,
        locale: 'da',
      });
      rows.membership.push({ id: ctx.id(), userId: users[p.key], organisationId: orgId, roles: p.roles });
    }
    const colleagues = def.colleagues.map((name, i) => {
      const id = ctx.id();
      rows.user.push({
        id,
        email: naming.email(emailOf(name, def.domain)),
        name,
        passwordHash: lockedHash,
        locale: 'da',
      });
      // Alternating roles: half own systems, half lead projects, so pickers offer them.
      const roles: Role[] = i % 2 === 0 ? ['SYSTEM_OWNER'] : ['PROJECT_LEAD'];
      rows.membership.push({ id: ctx.id(), userId: id, organisationId: orgId, roles });
      return id;
    });
    rows.membership.push({
      id: ctx.id(),
      userId: sharedUserId,
      organisationId: orgId,
      roles: SHARED_USER.roles,
    });
    municipalities[def.key] = { def, orgId, units, users, colleagues };
  }

  // The collaboration has its own organisation, which owns the shared programme's records.
  const collaborationOrgId = ctx.id();
  rows.organisation.push({
    id: collaborationOrgId,
    name: COLLABORATION_NAME,
    slug: naming.slug('norddal-sovang'),
    type: 'COLLABORATION',
  });
  const collaborationId = ctx.id();
  rows.collaboration.push({
    id: collaborationId,
    name: COLLABORATION_NAME,
    organisationId: collaborationOrgId,
    purpose:
      'Fælles programledelse for paradigmeskiftet, fælles udbud af forretningssystemer (ESDH, jobcenter, omsorg) ' +
      'og erfaringsudveksling om systemejerrollen.',
  });
  for (const def of MUNICIPALITIES) {
    rows.collaborationMember.push({
      id: ctx.id(),
      collaborationId,
      organisationId: municipalities[def.key].orgId,
      shares: def.shares,
    });
  }
  return { municipalities, collaborationId, collaborationOrgId, sharedUserId };
}
