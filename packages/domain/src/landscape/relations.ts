/**
 * Relation names are symmetric pairs: if A `dependsOn` B then B is a `dependencyOf` A. The UI and
 * the API label edges with these names, so they are defined once here.
 */
export const RELATIONS = { dependsOn: 'dependsOn', dependencyOf: 'dependencyOf' } as const;
export type Relation = (typeof RELATIONS)[keyof typeof RELATIONS];

/** The same edge read from its other end. */
export function inverseRelation(relation: Relation): Relation {
  return relation === RELATIONS.dependsOn ? RELATIONS.dependencyOf : RELATIONS.dependsOn;
}
