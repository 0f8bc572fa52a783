-- Data versions per read model (ADR 0036). Hand-written: no table changes.
--
-- Besides the organisation's own version (still moved by every write: joint tenders read it), a
-- write now moves "<organisation id>/<area>" for each cached read model its table feeds:
-- landscape, contracts, portfolio, benefits. A table feeds all four unless its trigger names fewer,
-- so a status report or a resource allocation no longer throws away the landscape graph and the
-- contract overview. apps/api/test/foundation/read-model-areas.test.ts runs each cached query with
-- every field selected and fails when it reads a table whose trigger does not move its area.

CREATE OR REPLACE FUNCTION overblik_data_version_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  org_column text := TG_ARGV[0];
  parent_table text := TG_ARGV[1];
  -- TG_ARGV[2]: the areas, comma-separated; absent (triggers attached before areas) or '' is all.
  areas text[] := CASE
    WHEN TG_NARGS < 3 OR TG_ARGV[2] = '' THEN ARRAY['landscape', 'contracts', 'portfolio', 'benefits']
    ELSE string_to_array(TG_ARGV[2], ',')
  END;
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
  ELSE
    IF parent_table = '' THEN
      EXECUTE format('SELECT array_agg(DISTINCT r.%I::text) FROM (%s) AS r', org_column, changed) INTO scopes;
    ELSE
      -- A parent deleted in the same statement (a cascade) is gone here, but its own trigger bumps.
      EXECUTE format(
        'SELECT array_agg(DISTINCT p."organisationId"::text) FROM (%s) AS r JOIN %I AS p ON p.id = r.%I',
        changed, parent_table, org_column
      ) INTO scopes;
    END IF;
    -- Each organisation's own scope and its area scopes.
    SELECT array_agg(s) INTO scopes FROM (
      SELECT o AS s FROM unnest(scopes) AS o
      UNION ALL
      SELECT o || '/' || a FROM unnest(scopes) AS o CROSS JOIN unnest(areas) AS a
    ) AS expanded;
  END IF;
  IF scopes IS NOT NULL THEN
    PERFORM overblik_bump_data_versions(scopes);
  END IF;
  RETURN NULL;
END;
$$;

-- A fourth argument, the areas; the old three-argument function goes, or calls with three would be
-- ambiguous.
DROP FUNCTION overblik_attach_version_trigger(text, text, text);
CREATE FUNCTION overblik_attach_version_trigger(
  tbl text, org_column text DEFAULT 'organisationId', parent_table text DEFAULT '', areas text DEFAULT ''
) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  args text := format('%L, %L, %L', org_column, parent_table, areas);
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

-- Resources and the prioritisation model: the board alone.
SELECT overblik_attach_version_trigger(t, 'organisationId', '', 'portfolio')
FROM unnest(ARRAY['Person', 'Competency', 'PrioritisationModel', 'PortfolioScenario', 'PhaseDefinition']) AS t;
SELECT overblik_attach_version_trigger(t, 'personId', 'Person', 'portfolio')
FROM unnest(ARRAY['PersonCompetency', 'Allocation']) AS t;
SELECT overblik_attach_version_trigger(t, 'modelId', 'PrioritisationModel', 'portfolio')
FROM unnest(ARRAY['Criterion', 'Category']) AS t;
SELECT overblik_attach_version_trigger('ScenarioRank', 'scenarioId', 'PortfolioScenario', 'portfolio');
-- A project's own records: the board, and the benefit dashboard where it reads them.
SELECT overblik_attach_version_trigger(t, 'projectId', 'Project', 'portfolio')
FROM unnest(ARRAY[
  'RequirementCheck', 'ProjectPhaseHistory', 'GateDecision', 'Proposal', 'StatusReport', 'ProjectDependency',
  'ProjectCategory', 'CriterionScore', 'ResourceDemand', 'ProjectLifecycleDecision', 'ProjectTeamMember'
]) AS t;
SELECT overblik_attach_version_trigger(t, 'projectId', 'Project', 'portfolio,benefits')
FROM unnest(ARRAY['BusinessCaseLine', 'ProjectArtefact', 'ProjectStrategy', 'BenefitMapNode']) AS t;
SELECT overblik_attach_version_trigger('Strategy', 'organisationId', '', 'portfolio,benefits');
-- Benefit measurements and profiles: the benefit dashboard alone.
SELECT overblik_attach_version_trigger(t, 'benefitId', 'Benefit', 'benefits')
FROM unnest(ARRAY['BenefitProfilePoint', 'BenefitMeasurement']) AS t;
