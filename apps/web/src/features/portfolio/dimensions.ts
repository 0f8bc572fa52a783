import type { CategoryDimension } from '../../gql/graphql';

/** The prioritisation model's category dimensions, in the order the portfolio model names them. */
export const DIMENSIONS: readonly CategoryDimension[] = ['COMPLEXITY', 'SCOPE', 'FOCUS', 'ECONOMY'];
