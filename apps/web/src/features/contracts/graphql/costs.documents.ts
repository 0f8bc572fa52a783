import { graphql } from '../../../gql';

export const CostsByUnitDocument = graphql(`
  query CostsByUnit {
    costsByUnit {
      ...CostsByUnit_row
    }
  }
`);
