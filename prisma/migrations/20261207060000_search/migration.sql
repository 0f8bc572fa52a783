-- Global search (ADR 0020): trigram matching for typos and Danish full-text search, one index each
-- per searched name. pg_trgm ships with PostgreSQL and is loaded into PGlite in db/database.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Typos: the trigram operators (`<%`, word similarity) over names, case-insensitive by themselves.
CREATE INDEX "ItSystem_name_trgm" ON "ItSystem" USING gin (name gin_trgm_ops);
CREATE INDEX "SystemUsage_localName_trgm" ON "SystemUsage" USING gin ("localName" gin_trgm_ops);
CREATE INDEX "DataSource_name_trgm" ON "DataSource" USING gin (name gin_trgm_ops);
CREATE INDEX "Interface_name_trgm" ON "Interface" USING gin (name gin_trgm_ops);
CREATE INDEX "Contract_name_trgm" ON "Contract" USING gin (name gin_trgm_ops);
CREATE INDEX "Supplier_name_trgm" ON "Supplier" USING gin (name gin_trgm_ops);
CREATE INDEX "Project_name_trgm" ON "Project" USING gin (name gin_trgm_ops);
CREATE INDEX "Benefit_title_trgm" ON "Benefit" USING gin (title gin_trgm_ops);

-- Words and their Danish stems in name and description; the search query repeats these expressions.
CREATE INDEX "ItSystem_fts" ON "ItSystem" USING gin (to_tsvector('danish', name || ' ' || description));
CREATE INDEX "DataSource_fts" ON "DataSource" USING gin (to_tsvector('danish', name || ' ' || description));
CREATE INDEX "Interface_fts" ON "Interface" USING gin (to_tsvector('danish', name || ' ' || description));
CREATE INDEX "Project_fts" ON "Project" USING gin (to_tsvector('danish', name || ' ' || description));
CREATE INDEX "Benefit_fts" ON "Benefit" USING gin (to_tsvector('danish', title || ' ' || description));
