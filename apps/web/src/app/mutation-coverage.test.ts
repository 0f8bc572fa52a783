import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as generated from '../gql/graphql';

/**
 * "Nothing API-only" (issue #17): every GraphQL mutation is used by a screen, or stands on this list with the reason it
 * has none. A new mutation without a screen fails here, so none is added silently.
 */
const API_ONLY: Record<string, string> = {
  runContractAlerts:
    'operations: the daily schedule (contract-alert.schedule.ts) runs the same job; kept for operators and integrations',
};

const SRC = path.resolve(__dirname, '..');
const REPO = path.resolve(SRC, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(full);
    const isSource = /\.tsx?$/.test(entry.name);
    const isTestOrDocument = /\.(test|cache\.test)\.tsx?$|\.documents\.ts$/.test(entry.name);
    return isSource && !isTestOrDocument ? [full] : [];
  });
}

/** Root fields of each generated mutation document, by the document's export name. */
function mutationDocuments(): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [name, value] of Object.entries(generated)) {
    const doc = value as Partial<DocumentNode> | undefined;
    if (!name.endsWith('Document') || doc?.kind !== Kind.DOCUMENT) continue;
    const operation = doc.definitions?.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation',
    );
    if (!operation) continue;
    result.set(
      name,
      operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])),
    );
  }
  return result;
}

describe('mutations and the screens that use them', () => {
  const schema = buildSchema(readFileSync(path.join(REPO, 'apps/api/schema.graphql'), 'utf8'));
  const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
  const screens = sourceFiles(SRC).map((file) => readFileSync(file, 'utf8'));
  const used = new Set(
    [...mutationDocuments()]
      .filter(([documentName]) => screens.some((text) => new RegExp(`\\b${documentName}\\b`).test(text)))
      .flatMap(([, fields]) => fields),
  );

  it('finds the schema and the screens (the check below is not vacuous)', () => {
    expect(mutations.length).toBeGreaterThan(50);
    expect(used.size).toBeGreaterThan(50);
  });

  it('has a screen for every mutation not on the API-only list', () => {
    const withoutScreen = mutations.filter((m) => !used.has(m) && !(m in API_ONLY));
    expect(withoutScreen).toEqual([]);
  });

  it('lists only mutations that exist and have no screen, each with a reason', () => {
    for (const [name, reason] of Object.entries(API_ONLY)) {
      expect({ name, exists: mutations.includes(name), hasScreen: used.has(name) }).toEqual({
        name,
        exists: true,
        hasScreen: false,
      });
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});
