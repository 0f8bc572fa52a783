import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The data-source page's address; every place that names a source links there (issue 14 §3). */
export const dataSourcePath = (id: string) => `/datakilder/${id}`;

/** A data source's name as a link to its page. */
export function DataSourceLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={dataSourcePath(id)}>
      {children}
    </Anchor>
  );
}
