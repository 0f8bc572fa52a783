import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Context } from '../context';
import { requireOrganisation } from './access';

/** A root query field whose whole response may be reused while its data version is unchanged. */
export type VersionOf = (ctx: Context, organisationId: string) => Promise<string>;

/**
 * Whole-response caching for heavy, organisation-wide read models (the landscape graph of 1,500
 * systems is ~2 MB of JSON): a query made only of whitelisted root fields is answered from the
 * app's ReadModelCache when the organisation, language, query text, variables and every field's
 * data version match. The version is read from the database on every request, so an edit by
 * anyone is visible on the next request; the cache only skips rebuilding and re-executing.
 */
export function responseCache(fields: Record<string, VersionOf>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let key: string | null = null;
      let version = '';
      return {
        async responseForOperation(rc) {
          const op = rc.operation;
          if (!op || op.operation !== 'query') return null;
          const names: string[] = [];
          for (const s of op.selectionSet.selections) {
            if (s.kind !== 'Field' || s.directives?.length || !fields[s.name.value]) return null;
            names.push(s.name.value);
          }
          let organisationId: string;
          try {
            organisationId = requireOrganisation(rc.contextValue).organisationId;
          } catch {
            return null; // let execution produce the proper error
          }
          const versions = await Promise.all(names.map((n) => fields[n](rc.contextValue, organisationId)));
          version = versions.join('#');
          key = createHash('sha256')
            .update(
              [
                organisationId,
                rc.contextValue.locale,
                rc.source,
                JSON.stringify(rc.request.variables ?? {}),
              ].join('\u0000'),
            )
            .digest('hex');
          const hit = rc.contextValue.readModels.peek<FormattedExecutionResult>(`response:${key}`, version);
          return hit ? { body: { kind: 'single', singleResult: hit }, http: rc.response.http } : null;
        },
        async willSendResponse(rc) {
          if (!key || rc.response.body.kind !== 'single' || rc.response.body.singleResult.errors) return;
          rc.contextValue.readModels.set(`response:${key}`, version, rc.response.body.singleResult);
        },
      };
    },
  };
}
