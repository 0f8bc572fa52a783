import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { entityName, translate } from '../../src/shared/messages';

/** Every TypeScript file of the API's source. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Entity types the source names in messages: notFound('X'), assertId(…, 'X'), { entity: 'X' }, … */
function entitiesInMessages(): string[] {
  const found = new Set<string>();
  const patterns = [
    /(?:notFound|staleVersion|assertUpdated|assertId)\([^()]*?'([A-Z][A-Za-z]+)'\)/g,
    /entity: '([A-Z][A-Za-z]+)'/g,
    // A module's entity named once in a constant: `const ENTITY = 'X'`.
    /const ENTITY = '([A-Z][A-Za-z]+)'/g,
  ];
  // …or a constant mapping kinds to entities: `const ENTITY: Record<…> = { KIND: 'X', … }`.
  const records = /const ENTITY: Record<[^>]+> = \{([^}]*)\}/g;
  for (const file of sources(join(__dirname, '../../src'))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.add(m[1]);
    for (const record of text.matchAll(records)) {
      for (const m of record[1].matchAll(/: '([A-Z][A-Za-z]+)'/g)) found.add(m[1]);
    }
  }
  return [...found].sort();
}

/**
 * Models with a unique constraint: a write the database refuses as a duplicate (P2002) names its
 * model in the CONFLICT message (format-error.ts), so each needs a name in the messages too.
 */
function modelsWithUniqueConstraints(): string[] {
  const schema = readFileSync(join(__dirname, '../../../../prisma/schema.prisma'), 'utf8');
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
    .filter(([, , body]) => /@@unique|\s@unique/.test(body.replace(/\s@id\b/g, '')))
    .map(([, model]) => model)
    .sort();
}

describe('messages', () => {
  const used = entitiesInMessages();

  it('finds the entity names the source uses (the scan itself works)', () => {
    expect(used).toEqual(
      expect.arrayContaining(['SystemUsage', 'Contract', 'LandscapeNode', 'SupplierNote']),
    );
  });

  it('finds entities named through a module constant, and the models with unique constraints', () => {
    expect(used).toEqual(expect.arrayContaining(['SignInProvider', 'DataSource', 'Benefit']));
    expect(modelsWithUniqueConstraints()).toEqual(expect.arrayContaining(['Unit', 'Capability', 'User']));
  });

  it.each(['da', 'en'] as const)('names every entity in %s, never by its internal type', (locale) => {
    expect(used.filter((entity) => !entityName(locale, entity))).toEqual([]);
  });

  it.each(['da', 'en'] as const)(
    'names in %s every model whose unique constraint may answer CONFLICT',
    (locale) => {
      expect(modelsWithUniqueConstraints().filter((model) => !entityName(locale, model))).toEqual([]);
    },
  );

  it('falls back to a plain noun, never the internal type, for an entity without a name', () => {
    expect(translate('da', 'error.notFound', { entity: 'LandscapeNodeInternal' })).toBe(
      'Fandt ikke elementet, eller du har ikke adgang til det.',
    );
    expect(translate('en', 'error.staleVersion', { entity: 'LandscapeNodeInternal' })).toBe(
      'The item was changed by someone else after you loaded it. Reload it and repeat your change – nothing was saved.',
    );
  });

  it('uses the Danish pronoun of the noun: det for neuter, den for common gender, dem for plural', () => {
    expect(translate('da', 'error.staleVersion', { entity: 'SystemUsage' })).toBe(
      'Systemet er ændret af en anden, siden du hentede det. Hent det igen og gentag din ændring – intet er gemt.',
    );
    expect(translate('da', 'error.notFound', { entity: 'Contract' })).toBe(
      'Fandt ikke kontrakten, eller du har ikke adgang til den.',
    );
    expect(translate('da', 'error.notFound', { entity: 'SupplierNote' })).toBe(
      'Fandt ikke noterne, eller du har ikke adgang til dem.',
    );
    expect(translate('da', 'error.notFound', { entity: 'LandscapeNode' })).toBe(
      'Fandt ikke elementet i landskabet, eller du har ikke adgang til det.',
    );
    expect(translate('da', 'error.notFound', { entity: 'SavedView' })).toBe(
      'Fandt ikke den gemte visning, eller du har ikke adgang til den.',
    );
    expect(translate('en', 'error.notFound', { entity: 'SupplierNote' })).toBe(
      'Could not find the notes, or you do not have access to them.',
    );
    expect(translate('en', 'error.staleVersion', { entity: 'Project' })).toBe(
      'The project was changed by someone else after you loaded it. Reload it and repeat your change – nothing was saved.',
    );
  });

  it('names the conflicting field in words', () => {
    expect(translate('da', 'error.conflict.duplicate', { entity: 'Capability', field: 'name' })).toBe(
      'Kapabiliteten kan ikke gemmes: navnet er allerede brugt af en anden.',
    );
    expect(translate('en', 'error.conflict.duplicate', { entity: 'Invoice', field: 'number' })).toBe(
      'The invoice cannot be saved: the number is already used by another.',
    );
  });
});
