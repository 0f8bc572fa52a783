import { graphql } from '../../../gql';

export const MaturityDocument = graphql(`
  query Maturity {
    maturity {
      achievedStep
      steps {
        ordinal
        ...MaturitySteps_step
      }
      history {
        id
        ...MaturityHistory_entry
      }
      ...MissingForNext_maturity
      ...SelfAssessmentForm_maturity
    }
  }
`);

export const RecordMaturityAssessmentDocument = graphql(`
  mutation RecordMaturityAssessment($input: MaturityAssessmentInput!) {
    recordMaturityAssessment(input: $input) {
      achievedStep
    }
  }
`);
