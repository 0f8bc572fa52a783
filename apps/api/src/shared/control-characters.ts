import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Context } from '../context';
import { DomainError, type FieldError } from './errors';

/** C0 control characters and DEL, except tab, line feed and carriage return, which text may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Paths of the strings in a variable's value that hold a control character ("name", "options.2.note"). */
function badStrings(value: unknown, path: string[]): string[] {
  if (typeof value === 'string') return CONTROL.test(value) ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => badStrings(item, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => badStrings(item, [...path, key]));
  return [];
}

/** Arguments written into the query text itself whose string holds a control character. */
function badLiterals(document: DocumentNode): string[] {
  const found: string[] = [];
  const path: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    StringValue: (node) => {
      if (CONTROL.test(node.value)) found.push(path.join('.'));
    },
  });
  return found;
}

/**
 * Refuses any string argument holding a NUL or another control character, before a resolver runs:
 * PostgreSQL cannot store NUL in text, and the other control characters only hide text. The
 * answer is VALIDATION_FAILED naming each field, as for any other broken rule (ADR 0005). A
 * variable's own name is dropped for input objects, so the fields read as the forms name them
 * (`name`, not `input.name`).
 */
export const refuseControlCharacters: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const variables = Object.entries(request.variables ?? {}).flatMap(([name, value]) =>
          value && typeof value === 'object' ? badStrings(value, []) : badStrings(value, [name]),
        );
        const fields = [...new Set([...variables, ...badLiterals(document)])];
        if (!fields.length) return;
        const errors: FieldError[] = fields.map((field) => ({ field, message: 'field.controlCharacters' }));
        throw new GraphQLError('error.validation', {
          originalError: new DomainError('VALIDATION_FAILED', 'error.validation', {}, errors),
          // A broken rule is an answer, not a failed request: the client reads it as any other.
          extensions: { http: { status: 200 } },
        });
      },
    };
  },
};
