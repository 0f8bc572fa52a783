import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildOverblikSchema } from './build-schema';

/** Writes apps/api/schema.graphql (committed; `pnpm drift` fails when it is out of date). */
export async function emittedSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildOverblikSchema()))}\n`;
}

if (require.main === module) {
  void emittedSdl().then((sdl) => {
    writeFileSync(path.resolve(__dirname, '../../schema.graphql'), sdl);
    console.log('Wrote apps/api/schema.graphql');
  });
}
