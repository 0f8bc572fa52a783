import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import stableStringify from 'fast-json-stable-stringify';
import {
  Kind,
  print,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context';
import { requireOrganisation } from './access';
import { databaseRefusal, type DatabaseTrouble } from './database-errors';

/** A root query field whose whole response may be reused while its data version is unchanged. */
export type VersionOf = (ctx: Context, organisationId: string) => Promise<string>;

/**
 * A cacheable root field whose answer is covered by its version only for some selections: `never`
 * names the fields below it whose resolvers read beyond the version (users, other organisations);
 * a query that selects one of them anywhere is executed every time.
 */
export interface CachedField {
  version: VersionOf;
  never: readonly string[];
}

/** Every field name in a selection, through inline fragments and fragment spreads. */
function selectedNames(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  into = new Set<string>(),
): Set<string> {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) into.add(s.name.value);
    if (s.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(s.name.value);
      if (fragment && !into.has(`...${s.name.value}`)) {
        into.add(`...${s.name.value}`);
        selectedNames(fragment.selectionSet, fragments, into);
      }
    } else selectedNames(s.selectionSet, fragments, into);
  }
  return into;
}

/**
 * What a single-flight leader hands the requests waiting for it: its serialised answer; that the
 * database was busy or away (they get the same refusal); or null for any other failure (each
 * waiter runs on its own and gets its own error).
 */
type Outcome = { body: string } | { trouble: DatabaseTrouble } | null;

/** 'busy' or 'unavailable' when every error of an answer is that refusal, else null. */
function troubleOf(codes: unknown[]): DatabaseTrouble | null {
  if (codes.every((c) => c === 'DATABASE_BUSY')) return 'busy';
  if (codes.every((c) => c === 'DATABASE_UNAVAILABLE')) return 'unavailable';
  return null;
}

interface Entry {
  version: string;
  /** The serialised response, exactly as sent: a hit is a string copy, never a re-serialisation. */
  body: string;
}

/**
 * Whole-response caching for heavy, organisation-wide read models (the landscape graph of 1,500
 * systems is ~2 MB of JSON), ADR 0009 and 0031. A query made only of whitelisted root fields is
 * answered from the cache when its normalised operation and every field's data version match.
 *
 * - The key is the *normalised* operation: the parsed document printed back (whitespace, commas and
 *   comments gone; aliases, field order and the operation name kept, since they shape the answer),
 *   the operation's name, the variables as stable JSON, the organisation, the viewer's roles in it
 *   and the language. Textual variants of one query share one entry; viewers whose roles differ
 *   never do.
 * - The bound is in bytes (`lru-cache` `maxSize`, RESPONSE_CACHE_MB), the least recently used out
 *   first, so however many distinct queries a user sends the cache cannot outgrow it.
 * - Concurrent misses for the same key and version run the operation once; the others wait for
 *   that answer (single flight).
 * - The body is kept serialised and handed to Apollo through `stringify` (its `stringifyResult`),
 *   so a hit costs a lookup and a string write, not a JSON.stringify of megabytes.
 *
 * The version is read from the database on every request, so an edit by anyone is visible on the
 * next request; the cache only skips rebuilding, re-executing and re-serialising.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly inFlight = new Map<string, Promise<Outcome>>();
  /** Result data objects whose serialised body is already known (hits, and misses just stored). */
  private readonly serialised = new WeakMap<object, string>();

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      // Two bytes per UTF-16 code unit: an upper bound of what V8 keeps for the string.
      sizeCalculation: (entry, key) => 2 * (entry.body.length + entry.version.length + key.length) + 64,
    });
  }

  /** Bytes held, as counted against the bound. */
  get size(): number {
    return this.entries.calculatedSize;
  }

  get count(): number {
    return this.entries.size;
  }

  /** Apollo's `stringifyResult`: a cached body as it is, anything else as Apollo would write it. */
  readonly stringify = (result: FormattedExecutionResult): string => {
    const known =
      result.data && !result.errors && !result.extensions ? this.serialised.get(result.data) : undefined;
    return known ?? `${JSON.stringify(result)}\n`;
  };

  /** The Apollo plugin for these whitelisted root fields and their versions. */
  plugin(cached: Record<string, VersionOf | CachedField>): ApolloServerPlugin<Context> {
    const fields = Object.fromEntries(
      Object.entries(cached).map(([name, f]) => [
        name,
        typeof f === 'function' ? { version: f, never: [] } : f,
      ]),
    );
    return {
      requestDidStart: async () => {
        let settle: ((outcome: Outcome) => void) | null = null;
        const answer = (body: string) => {
          // A fresh marker per response; `stringify` swaps it for the cached body.
          const data = {};
          this.serialised.set(data, body);
          return { kind: 'single' as const, singleResult: { data } };
        };
        return {
          responseForOperation: async (rc) => {
            const op = rc.operation;
            if (!op || op.operation !== 'query') return null;
            const names: string[] = [];
            const fragments = new Map(
              rc.document.definitions
                .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
                .map((d) => [d.name.value, d]),
            );
            for (const s of op.selectionSet.selections) {
              const field = s.kind === Kind.FIELD ? fields[s.name.value] : undefined;
              if (!field || s.kind !== Kind.FIELD || s.directives?.length) return null;
              if (field.never.length) {
                const below = selectedNames(s.selectionSet, fragments);
                if (field.never.some((n) => below.has(n))) return null;
              }
              names.push(s.name.value);
            }
            let access: ReturnType<typeof requireOrganisation>;
            try {
              access = requireOrganisation(rc.contextValue);
            } catch {
              return null; // let execution produce the proper error
            }
            const versions = await Promise.all(
              names.map((n) => fields[n].version(rc.contextValue, access.organisationId)),
            );
            const version = versions.join('#');
            const key = responseKey({
              document: print(rc.document),
              operationName: op.name?.value ?? null,
              variables: rc.request.variables ?? {},
              organisationId: access.organisationId,
              roles: access.roles,
              locale: rc.contextValue.locale,
            });
            const hit = this.entries.get(key);
            if (hit?.version === version) return { body: answer(hit.body), http: rc.response.http };
            const slot = `${key}@${version}`;
            const pending = this.inFlight.get(slot);
            if (pending) {
              const outcome = await pending;
              if (outcome === null) return null; // it failed otherwise: this one runs on its own
              if ('body' in outcome) return { body: answer(outcome.body), http: rc.response.http };
              // The database was busy or away for the first request a moment ago; this one, a turn
              // later in the same queue, would only wait as long again for the same refusal.
              return databaseRefusal(outcome.trouble, rc.contextValue.locale, rc.response.http.headers);
            }
            let publish!: (outcome: Outcome) => void;
            this.inFlight.set(slot, new Promise((resolve) => (publish = resolve)));
            settle = (outcome) => {
              if (outcome && 'body' in outcome) this.entries.set(key, { version, body: outcome.body });
              this.inFlight.delete(slot);
              publish(outcome);
            };
            return null;
          },
          willSendResponse: async (rc) => {
            if (!settle) return;
            const done = settle;
            settle = null;
            const body = rc.response.body;
            if (body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) {
              const codes =
                body.kind === 'single' ? (body.singleResult.errors ?? []).map((e) => e.extensions?.code) : [];
              const trouble = codes.length ? troubleOf(codes) : null;
              done(trouble ? { trouble } : null);
              return;
            }
            const text = this.stringify(body.singleResult);
            this.serialised.set(body.singleResult.data, text);
            done({ body: text });
          },
        };
      },
    };
  }
}

/** The normalised operation, hashed: see ResponseCache. */
export function responseKey(parts: {
  document: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  organisationId: string;
  roles: readonly string[];
  locale: string;
}): string {
  return createHash('sha256')
    .update(
      [
        parts.organisationId,
        [...parts.roles].sort().join(','),
        parts.locale,
        parts.operationName ?? '',
        parts.document,
        stableStringify(parts.variables),
      ].join('\u0000'),
    )
    .digest('hex');
}
