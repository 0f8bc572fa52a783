import 'reflect-metadata';
import '../shared/enums';
import { buildSchema } from 'type-graphql';
import { readOnlyTokens } from '../shared/access';
import { resolvers } from './resolvers';

export const buildOverblikSchema = () =>
  buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
    globalMiddlewares: [readOnlyTokens],
  });
