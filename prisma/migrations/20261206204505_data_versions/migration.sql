-- CreateTable
CREATE TABLE "DataVersion" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("scope")
);


-- Data versions kept by the database (ADR 0015). Hand-written below the generated table.

-- One sequence for every scope: a version value is never handed out twice, so a cache can never
-- mistake new data for old, even after the DataVersion rows are removed or an organisation re-created.
CREATE SEQUENCE "DataVersion_seq";

-- Bumps each scope once, in sorted order (two statements touching the same organisations lock
-- their rows in the same order, so they queue instead of deadlocking). The row lock is held to
-- the end of the writing transaction: concurrent writers of one organisation queue on it, and
-- no bump is lost.
CREATE FUNCTION overblik_bump_data_versions(scopes text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "DataVersion" (scope, version)
  SELECT s, nextval('"DataVersion_seq"')
  FROM (SELECT DISTINCT s FROM unnest(scopes) AS s WHERE s IS NOT NULL ORDER BY s) AS sorted
  ON CONFLICT (scope) DO UPDATE SET version = nextval('"DataVersion_seq"');
$$;

-- The one statement-level trigger function behind every data-version trigger. Arguments:
--   TG_ARGV[0]  the column holding the organisation id, or '' for a shared catalogue table;
--   TG_ARGV[1]  '' when that column is on the row itself, or the parent table whose id it holds
--               (the organisation is then the parent's "organisationId").
-- The changed rows come from the transition tables, so OLD and NEW organisations are both bumped
-- (a row moved between organisations changes both).
CREATE FUNCTION overblik_data_version_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  org_column text := TG_ARGV[0];
  parent_table text := TG_ARGV[1];
  changed text;
  scopes text[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    -- Which organisations lost rows is unknown: every version moves.
    UPDATE "DataVersion" SET version = nextval('"DataVersion_seq"');
    PERFORM overblik_bump_data_versions(ARRAY['catalogue']);
    RETURN NULL;
  END IF;
  changed := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
    ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows'
  END;
  IF org_column = '' THEN
    EXECUTE format('SELECT CASE WHEN EXISTS (%s) THEN ARRAY[''catalogue''] END', changed) INTO scopes;
  ELSIF parent_table = '' THEN
    EXECUTE format('SELECT array_agg(DISTINCT r.%I::text) FROM (%s) AS r', org_column, changed) INTO scopes;
  ELSE
    -- A parent deleted in the same statement (a cascade) is gone here, but its own trigger bumps.
    EXECUTE format(
      'SELECT array_agg(DISTINCT p."organisationId"::text) FROM (%s) AS r JOIN %I AS p ON p.id = r.%I',
      changed, parent_table, org_column
    ) INTO scopes;
  END IF;
  IF scopes IS NOT NULL THEN
    PERFORM overblik_bump_data_versions(scopes);
  END IF;
  RETURN NULL;
END;
$$;

-- Attaches the data-version triggers to a table (idempotent). A new table that feeds a cached read
-- model calls this in its own migration; apps/api/test/foundation/data-versions.test.ts fails for a
-- table with an organisation that has neither the triggers nor a place on its exclusion list.
CREATE FUNCTION overblik_attach_version_trigger(
  tbl text, org_column text DEFAULT 'organisationId', parent_table text DEFAULT ''
) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  args text := format('%L, %L', org_column, parent_table);
BEGIN
  EXECUTE format('DROP TRIGGER IF EXISTS overblik_data_version_insert ON %I', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS overblik_data_version_update ON %I', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS overblik_data_version_delete ON %I', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS overblik_data_version_truncate ON %I', tbl);
  EXECUTE format(
    'CREATE TRIGGER overblik_data_version_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION overblik_data_version_trigger(%s)', tbl, args);
  EXECUTE format(
    'CREATE TRIGGER overblik_data_version_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION overblik_data_version_trigger(%s)', tbl, args);
  EXECUTE format(
    'CREATE TRIGGER overblik_data_version_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
     FOR EACH STATEMENT EXECUTE FUNCTION overblik_data_version_trigger(%s)', tbl, args);
  EXECUTE format(
    'CREATE TRIGGER overblik_data_version_truncate AFTER TRUNCATE ON %I
     FOR EACH STATEMENT EXECUTE FUNCTION overblik_data_version_trigger(%s)', tbl, args);
END;
$$;

-- Shared catalogue tables: one version for all organisations.
CREATE FUNCTION overblik_attach_catalogue_version_trigger(tbl text) RETURNS void
LANGUAGE sql AS $$ SELECT overblik_attach_version_trigger(tbl, '', '') $$;

-- The tables under data-version triggers. Not here, on purpose (see the exclusion list in the
-- test): Membership, Notification, SavedView, AuditEntry, Collaboration, CollaborationMember,
-- TenderPlan, ProposalDecision, User, Session.
SELECT overblik_attach_version_trigger('Organisation', 'id');
SELECT overblik_attach_version_trigger(t) FROM unnest(ARRAY[
  'Unit', 'SystemUsage', 'UsageDataSource', 'UsageInfrastructure', 'Integration', 'Contract', 'Invoice',
  'TenderPlanParticipant', 'StandardRequirement', 'Strategy', 'PhaseDefinition', 'Project',
  'PrioritisationModel', 'PortfolioScenario', 'Competency', 'Person', 'Benefit', 'MaturityStep',
  'MaturityAssessment'
]) AS t;
SELECT overblik_attach_version_trigger(t, 'contractId', 'Contract')
FROM unnest(ARRAY['ContractOption', 'ContractEconomyLine', 'ContractCoverage']) AS t;
SELECT overblik_attach_version_trigger(t, 'projectId', 'Project')
FROM unnest(ARRAY[
  'RequirementCheck', 'ProjectPhaseHistory', 'GateDecision', 'Proposal', 'BusinessCaseLine', 'ProjectArtefact',
  'StatusReport', 'ProjectStrategy', 'ProjectSystem', 'ProjectDependency', 'ProjectCategory', 'CriterionScore',
  'ResourceDemand', 'BenefitMapNode'
]) AS t;
SELECT overblik_attach_version_trigger(t, 'modelId', 'PrioritisationModel') FROM unnest(ARRAY['Criterion', 'Category']) AS t;
SELECT overblik_attach_version_trigger('ScenarioRank', 'scenarioId', 'PortfolioScenario');
SELECT overblik_attach_version_trigger(t, 'personId', 'Person') FROM unnest(ARRAY['PersonCompetency', 'Allocation']) AS t;
SELECT overblik_attach_version_trigger(t, 'benefitId', 'Benefit')
FROM unnest(ARRAY['BenefitProfilePoint', 'BenefitMeasurement']) AS t;
SELECT overblik_attach_version_trigger('MaturityCriterion', 'stepId', 'MaturityStep');
SELECT overblik_attach_catalogue_version_trigger(t)
FROM unnest(ARRAY['Supplier', 'ItSystem', 'Interface', 'DataSource', 'InfrastructureComponent']) AS t;
