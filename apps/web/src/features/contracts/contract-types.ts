import type { ContractDetailQuery, ContractsOverviewQuery } from '../../gql/graphql';

export type ContractRow = ContractsOverviewQuery['contracts']['items'][number];
export type ContractDetail = NonNullable<ContractDetailQuery['contract']>;
export type UnitRef = ContractsOverviewQuery['units'][number];

/** The contract detail route for a contract id. */
export const contractPath = (id: string) => `/kontrakter/${id}`;
