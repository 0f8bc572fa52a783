import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { MembershipResolver } from '../modules/membership/membership.resolver';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver';
import { ItSystemResolver, SystemUsageResolver } from '../modules/system/system.resolver';

/** Every resolver class in the schema; each module adds its own here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  OrganisationResolver,
  MembershipResolver,
  SystemUsageResolver,
  ItSystemResolver,
];
