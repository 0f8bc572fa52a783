import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { SystemsTableQuery } from '../../../gql/graphql';
import { SYSTEMS_TABLE_PAGE, SystemsTableDocument } from '../graphql/systems.documents';

type Row = SystemsTableQuery['systemUsages']['items'][number];

/**
 * Every usage of the organisation for the client-side table: the first page as usual, the rest
 * (a large municipality has 1,500) fetched in parallel once the total is known.
 */
export function useAllSystemUsages() {
  const client = useApolloClient();
  const first = useQuery(SystemsTableDocument, { variables: { offset: 0, limit: SYSTEMS_TABLE_PAGE } });
  const page = first.data?.systemUsages;
  const [rest, setRest] = useState<{ for: unknown; rows: Row[] } | null>(null);
  const [restError, setRestError] = useState<unknown>(null);

  useEffect(() => {
    if (!page || page.totalCount <= page.items.length) return;
    let cancelled = false;
    const offsets: number[] = [];
    for (let offset = SYSTEMS_TABLE_PAGE; offset < page.totalCount; offset += SYSTEMS_TABLE_PAGE)
      offsets.push(offset);
    Promise.all(
      offsets.map((offset) =>
        client.query({ query: SystemsTableDocument, variables: { offset, limit: SYSTEMS_TABLE_PAGE } }),
      ),
    ).then(
      (results) => {
        if (!cancelled)
          setRest({ for: page, rows: results.flatMap((r) => r.data?.systemUsages.items ?? []) });
      },
      (error: unknown) => !cancelled && setRestError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [client, page]);

  const complete = !!page && (page.totalCount <= page.items.length || rest?.for === page);
  return {
    rows: page ? [...page.items, ...(rest?.for === page ? rest.rows : [])] : [],
    totalCount: page?.totalCount ?? 0,
    loading: first.loading || (!!page && !complete && !restError),
    error: first.error ?? restError,
    refetch: first.refetch,
  };
}
