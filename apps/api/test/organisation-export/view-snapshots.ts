import type { TestClient } from '../test-server';

interface IntrospectedType {
  name: string;
  kind: string;
  fields: { name: string; args: { type: TypeRef; defaultValue: string | null }[]; type: TypeRef }[] | null;
}
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

const INTROSPECTION = `{ __schema { types { name kind fields { name
  args { defaultValue type { kind name ofType { kind name } } }
  type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);

/**
 * A selection of every field reachable without required arguments, to `depth` levels: the whole
 * computed answer of a view, so two installations' answers can be compared field by field.
 */
export async function selectionBuilder(client: TestClient) {
  const result = await client.gql<{ __schema: { types: IntrospectedType[] } }>(INTROSPECTION);
  const types = new Map(result.data!.__schema.types.map((t) => [t.name, t]));
  const select = (typeName: string, depth: number): string => {
    const type = types.get(typeName)!;
    const parts: string[] = [];
    for (const field of type.fields ?? []) {
      if (field.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)) continue;
      const inner = named(field.type);
      if (inner.kind === 'OBJECT') {
        if (depth > 1) parts.push(`${field.name} { ${select(inner.name!, depth - 1)} }`);
      } else if (inner.kind !== 'INTERFACE' && inner.kind !== 'UNION') parts.push(field.name);
    }
    return parts.length ? parts.join(' ') : '__typename';
  };
  return select;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Ids replaced by their restored ones, timestamps dropped, amounts to the øre and lists in a canonical order. */
export function normalised(
  value: unknown,
  ids: ReadonlyMap<string, string>,
  dropKeys: readonly string[],
): unknown {
  // Ids also stand inside composite keys ("copy-of:<id>").
  if (typeof value === 'string') return value.replace(UUID, (id) => ids.get(id) ?? id);
  // Sums of the same amounts in another row order differ in the last bits: compare to the øre.
  if (typeof value === 'number') return Math.round(value * 100) / 100;
  if (Array.isArray(value))
    return value
      .map((v) => normalised(v, ids, dropKeys))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !dropKeys.includes(k))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalised(v, ids, dropKeys)]),
    );
  return value;
}
