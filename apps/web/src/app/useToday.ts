import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const TodayDocument = graphql(`
  query Today {
    contractToday
  }
`);

/**
 * The API's today (a calendar day in Copenhagen, pinned by OVERBLIK_TODAY in tests and demos), so
 * the forms' date rules agree with the server's rather than with the browser's clock and time
 * zone. Null while it loads.
 */
export function useToday(): string | null {
  const { data } = useQuery(TodayDocument);
  return data?.contractToday ?? null;
}
