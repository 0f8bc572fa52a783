import { graphql } from '../../../gql';

export const CostsByUnitDocument = graphql(`
  query CostsByUnit {
    costsByUnit {
      unitId
      unitName
      yearlyOperation
      acquisition
      other
      contractCount
    }
  }
`);
