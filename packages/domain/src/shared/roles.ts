/** Roles a user can hold in an organisation (docs: ../shared/domain.md). */
export const ROLES = [
  'ADMINISTRATOR',
  'EXECUTIVE_BOARD',
  'PORTFOLIO_STEERING_GROUP',
  'DIGITALISATION_COUNCIL',
  'PROJECT_COORDINATOR',
  'SYSTEM_OWNER',
  'PROJECT_LEAD',
  'CONTRACT_MANAGER',
  'READER',
] as const;
export type Role = (typeof ROLES)[number];

/** What a role may change. Every mutation names one permission; the API checks it per organisation. */
export type Permission =
  | 'organisation.admin'
  | 'landscape.edit'
  | 'contract.edit'
  | 'portfolio.propose'
  | 'portfolio.prequalify'
  | 'portfolio.decide'
  | 'portfolio.rank'
  | 'portfolio.coordinate'
  | 'project.report'
  | 'benefit.measure'
  | 'maturity.assess';

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMINISTRATOR: [
    'organisation.admin',
    'landscape.edit',
    'contract.edit',
    'portfolio.coordinate',
    'maturity.assess',
  ],
  EXECUTIVE_BOARD: ['portfolio.decide', 'portfolio.rank'],
  PORTFOLIO_STEERING_GROUP: ['portfolio.decide', 'portfolio.rank'],
  DIGITALISATION_COUNCIL: ['portfolio.prequalify'],
  PROJECT_COORDINATOR: [
    'portfolio.coordinate',
    'portfolio.propose',
    'project.report',
    'benefit.measure',
    'maturity.assess',
  ],
  SYSTEM_OWNER: ['landscape.edit', 'portfolio.propose'],
  PROJECT_LEAD: ['portfolio.propose', 'project.report', 'benefit.measure'],
  CONTRACT_MANAGER: ['contract.edit'],
  READER: [],
};

/** True when any of the roles grants the permission. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => GRANTS[role].includes(permission));
}
