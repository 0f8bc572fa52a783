import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isCompositeType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/** The committed schema, as clients see it. */
export const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));

const UUID = '00000000-0000-4000-8000-000000000000';

/** A well-typed literal for an input type: required fields only, every value a placeholder. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return `"${UUID}"`;
      case 'Int':
        return '1';
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      case 'LocalDate':
        return '"2026-01-01"';
      case 'DateTimeISO':
        return '"2026-01-01T00:00:00.000Z"';
      case 'JSONObject':
        return '{}';
      default:
        return '"x"';
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

/** A valid document calling one mutation with placeholder arguments (the GraphQL validation passes). */
export function mutationDocument(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const call = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation { ${field.name}${call}${selection} }`;
}

export const mutations = () => Object.values(schema.getMutationType()!.getFields());
