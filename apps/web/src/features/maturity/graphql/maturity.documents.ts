import { graphql } from '../../../gql';

export const MaturityDocument = graphql(`
  query Maturity {
    maturity {
      achievedStep
      customSteps
      steps {
        ordinal
        name
        met
        achieved
        criteria {
          key
          name
          metric
          status
          value
          threshold
          met
          gap
        }
      }
      missingForNext {
        key
        name
        status
        value
        threshold
        gap
      }
      selfAssessment {
        key
        yes
        comment
      }
      history {
        id
        assessedAt
        achievedStep
        change
        direction
        note
        assessedBy {
          id
          name
        }
      }
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
