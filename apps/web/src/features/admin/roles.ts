import type { Role } from '../../gql/graphql';

/** Every role, in the order the organisation chart reads (the API's enum is alphabetical). */
export const ROLE_ORDER: readonly Role[] = [
  'ADMINISTRATOR',
  'EXECUTIVE_BOARD',
  'PORTFOLIO_STEERING_GROUP',
  'DIGITALISATION_COUNCIL',
  'PROJECT_COORDINATOR',
  'SYSTEM_OWNER',
  'PROJECT_LEAD',
  'CONTRACT_MANAGER',
  'READER',
];

/** Roles shown in the fixed order above, whatever order the API returned them in. */
export const sortRoles = (roles: readonly Role[]): Role[] =>
  ROLE_ORDER.filter((role) => roles.includes(role));
