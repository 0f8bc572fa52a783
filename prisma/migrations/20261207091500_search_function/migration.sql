-- Global search as one plpgsql function over stored search words (ADR 0020). Same matching,
-- scoring and tenancy as the statement the API built before; moved here for speed on the `large`
-- profile:
-- - plpgsql keeps the statement's plan for the session (a generic plan, forced: the parameters
--   never change its shape), so a search no longer plans seven branches each time;
-- - the typo threshold is a SET of the function, so no transaction round trip sets it;
-- - sequential and plain index scans are off inside it, leaving bitmap scans, which need an index
--   condition: the planner prices word_similarity() like an addition (procost 1) and, on tables
--   this small, computed it for every name — by a sequential scan, or with only sequential scans
--   off by a full primary-key scan (PGlite) — instead of only for the names the trigram index
--   returns (ItSystem: 6 ms against 1.5 ms on PostgreSQL). Lookups by id become bitmap scans too
--   (microseconds each); the exact reference / CVR matches have no index and still scan;
-- - jit is off: the cost of the disabled scans would otherwise start JIT compilation (~600 ms).

-- Name and description as Danish words, stored: ranking a hit re-parsed them with to_tsvector(),
-- which made scoring the largest part of a common word's search (789 systems match "system";
-- scoring them took 12 of 19 ms on PostgreSQL; the call's p50 went from 32 to 23 ms with the
-- column). The `…_fts` indexes move from the expression to the column.
ALTER TABLE "ItSystem" ADD COLUMN "searchDoc" tsvector
  GENERATED ALWAYS AS (to_tsvector('danish', name || ' ' || description)) STORED;
DROP INDEX "ItSystem_fts";
CREATE INDEX "ItSystem_fts" ON "ItSystem" USING gin ("searchDoc");
ALTER TABLE "DataSource" ADD COLUMN "searchDoc" tsvector
  GENERATED ALWAYS AS (to_tsvector('danish', name || ' ' || description)) STORED;
DROP INDEX "DataSource_fts";
CREATE INDEX "DataSource_fts" ON "DataSource" USING gin ("searchDoc");
ALTER TABLE "Interface" ADD COLUMN "searchDoc" tsvector
  GENERATED ALWAYS AS (to_tsvector('danish', name || ' ' || description)) STORED;
DROP INDEX "Interface_fts";
CREATE INDEX "Interface_fts" ON "Interface" USING gin ("searchDoc");
ALTER TABLE "Project" ADD COLUMN "searchDoc" tsvector
  GENERATED ALWAYS AS (to_tsvector('danish', name || ' ' || description)) STORED;
DROP INDEX "Project_fts";
CREATE INDEX "Project_fts" ON "Project" USING gin ("searchDoc");
ALTER TABLE "Benefit" ADD COLUMN "searchDoc" tsvector
  GENERATED ALWAYS AS (to_tsvector('danish', title || ' ' || description)) STORED;
DROP INDEX "Benefit_fts";
CREATE INDEX "Benefit_fts" ON "Benefit" USING gin ("searchDoc");

-- Score of one name: exact name 4, name starting with the text 2, plus the full-text rank of
-- `doc` (null when the kind has no description) and the trigram word similarity, 0..1 each.
CREATE FUNCTION overblik_search_score(name text, doc tsvector, t text, tq tsquery) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE WHEN lower(name) = lower(t) THEN 4
               WHEN starts_with(lower(name), lower(t)) THEN 2 ELSE 0 END
    + COALESCE(ts_rank(doc, tq), 0) + COALESCE(word_similarity(t, name), 0))::float8
$$;

-- Hits of `p_text` in organisation `p_org`: its own usages, contracts, projects and benefits, and
-- the catalogue entries the viewer's organisations `p_orgs` see (shared ones and their own local
-- ones, ADR 0006). `p_query` is the text as a Danish prefix tsquery ('word:* & …', letters and
-- digits only), or '' when the text has no words. At most 8 hits per kind, best first, ties by
-- name (the same text always gives the same hits). Parameters are prefixed so that no column name
-- can ever be taken for one (#variable_conflict use_column). Beware: a name no table in scope has
-- silently becomes the OUT column of that name (null) — alias a branch's columns as in the first.
--
-- Each branch first collects candidate ids, one index scan per condition: a name like the text
-- (`<%`, the `…_trgm` indexes), name and description holding its words (`searchDoc`, the `…_fts`
-- indexes), or an exact reference / CVR; only those are scored.
CREATE FUNCTION overblik_search(p_org uuid, p_orgs uuid[], p_text text, p_query text)
RETURNS TABLE (kind text, id uuid, name text, detail text, score float8)
LANGUAGE plpgsql STABLE
SET pg_trgm.word_similarity_threshold = 0.5
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
SET enable_indexscan = off
SET jit = off
AS $$
#variable_conflict use_column
DECLARE
  p_tsquery tsquery := to_tsquery('danish', p_query);
BEGIN
  RETURN QUERY
  (SELECT 'SYSTEM'::text AS kind, u.id AS id, COALESCE(u."localName", s.name) AS name,
          CASE WHEN u."localName" IS NULL THEN NULL ELSE s.name END AS detail,
          GREATEST(overblik_search_score(s.name, s."searchDoc", p_text, p_tsquery),
                   overblik_search_score(u."localName", NULL, p_text, p_tsquery)) AS score
     FROM "SystemUsage" u JOIN "ItSystem" s ON s.id = u."systemId"
    WHERE u.id IN (
      SELECT c.id FROM "SystemUsage" c
       WHERE c."organisationId" = p_org AND c."systemId" IN (
         SELECT id FROM "ItSystem" WHERE p_text <% name
         UNION SELECT id FROM "ItSystem" WHERE "searchDoc" @@ p_tsquery)
      UNION SELECT id FROM "SystemUsage" WHERE "organisationId" = p_org AND p_text <% "localName")
    ORDER BY score DESC, name LIMIT 8)
  UNION ALL
  (SELECT 'DATA_SOURCE', x.id, x.name, NULL,
          overblik_search_score(x.name, x."searchDoc", p_text, p_tsquery) AS score
     FROM "DataSource" x
    WHERE (x.visibility = 'SHARED' OR x."ownerOrganisationId" = ANY (p_orgs)) AND x.id IN (
      SELECT id FROM "DataSource" WHERE p_text <% name
      UNION SELECT id FROM "DataSource" WHERE "searchDoc" @@ p_tsquery)
    ORDER BY score DESC, name LIMIT 8)
  UNION ALL
  (SELECT 'INTERFACE', x.id, x.name, NULL,
          overblik_search_score(x.name, x."searchDoc", p_text, p_tsquery) AS score
     FROM "Interface" x
    WHERE (x.visibility = 'SHARED' OR x."ownerOrganisationId" = ANY (p_orgs)) AND x.id IN (
      SELECT id FROM "Interface" WHERE p_text <% name
      UNION SELECT id FROM "Interface" WHERE "searchDoc" @@ p_tsquery)
    ORDER BY score DESC, name LIMIT 8)
  UNION ALL
  (SELECT 'CONTRACT', x.id, x.name, x.reference, overblik_search_score(x.name, NULL, p_text, p_tsquery) AS score
     FROM "Contract" x
    WHERE x."organisationId" = p_org AND x.id IN (
      SELECT id FROM "Contract" WHERE p_text <% name
      UNION SELECT id FROM "Contract" WHERE lower(reference) = lower(p_text))
    ORDER BY score DESC, name LIMIT 8)
  UNION ALL
  (SELECT 'SUPPLIER', x.id, x.name, x.cvr, overblik_search_score(x.name, NULL, p_text, p_tsquery) AS score
     FROM "Supplier" x
    WHERE (x.visibility = 'SHARED' OR x."ownerOrganisationId" = ANY (p_orgs)) AND x.id IN (
      SELECT id FROM "Supplier" WHERE p_text <% name
      UNION SELECT id FROM "Supplier" WHERE lower(cvr) = lower(p_text))
    ORDER BY score DESC, name LIMIT 8)
  UNION ALL
  (SELECT 'PROJECT', x.id, x.name, NULL,
          overblik_search_score(x.name, x."searchDoc", p_text, p_tsquery) AS score
     FROM "Project" x
    WHERE x."organisationId" = p_org AND x.id IN (
      SELECT id FROM "Project" WHERE p_text <% name
      UNION SELECT id FROM "Project" WHERE "searchDoc" @@ p_tsquery)
    ORDER BY score DESC, name LIMIT 8)
  UNION ALL
  (SELECT 'BENEFIT', x.id, x.title AS name, NULL,
          overblik_search_score(x.title, x."searchDoc", p_text, p_tsquery) AS score
     FROM "Benefit" x
    WHERE x."organisationId" = p_org AND x.id IN (
      SELECT id FROM "Benefit" WHERE p_text <% title
      UNION SELECT id FROM "Benefit" WHERE "searchDoc" @@ p_tsquery)
    ORDER BY score DESC, name LIMIT 8)
  ORDER BY score DESC, name;
END
$$;
