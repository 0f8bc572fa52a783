import type {
  ContractEditForm_ContractFragment,
  ContractTimeline_RowFragment,
  ContractTimeline_UnitFragment,
} from '../../gql/graphql';

/** A contract as the timeline reads it (its colocated fragment). */
export type ContractRow = ContractTimeline_RowFragment;
/** A contract as the edit form reads it (its colocated fragment). */
export type ContractDetail = ContractEditForm_ContractFragment;
/** A unit as the timeline groups by it (its colocated fragment). */
export type UnitRef = ContractTimeline_UnitFragment;

/** The contract detail route for a contract id. */
export const contractPath = (id: string) => `/kontrakter/${id}`;
