import type {
  ContractEditForm_ContractFragment,
  ContractsOverviewQuery,
  ContractTimeline_RowFragment,
} from '../../gql/graphql';

/** A contract as the timeline reads it (its colocated fragment). */
export type ContractRow = ContractTimeline_RowFragment;
/** A contract as the edit form reads it (its colocated fragment). */
export type ContractDetail = ContractEditForm_ContractFragment;
export type UnitRef = ContractsOverviewQuery['units'][number];

/** The contract detail route for a contract id. */
export const contractPath = (id: string) => `/kontrakter/${id}`;
