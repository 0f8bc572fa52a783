-- AlterTable
ALTER TABLE "SystemUsage" ADD COLUMN     "switchingCost" DECIMAL(14,2) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Capability" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "parentId" UUID,
    "name" TEXT NOT NULL,
    "kitosBusinessType" TEXT,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Capability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageCapability" (
    "usageId" UUID NOT NULL,
    "capabilityId" UUID NOT NULL,

    CONSTRAINT "UsageCapability_pkey" PRIMARY KEY ("usageId","capabilityId")
);

-- CreateTable
CREATE TABLE "OverlapAcceptance" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "capabilityId" UUID NOT NULL,
    "usageIds" TEXT[],
    "reason" TEXT NOT NULL,
    "acceptedById" UUID,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reopenedById" UUID,
    "reopenedAt" TIMESTAMP(3),
    "reopenReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OverlapAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Capability_parentId_idx" ON "Capability"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Capability_organisationId_name_key" ON "Capability"("organisationId", "name");

-- CreateIndex
CREATE INDEX "UsageCapability_capabilityId_idx" ON "UsageCapability"("capabilityId");

-- CreateIndex
CREATE INDEX "OverlapAcceptance_organisationId_reopenedAt_idx" ON "OverlapAcceptance"("organisationId", "reopenedAt");

-- CreateIndex
CREATE INDEX "OverlapAcceptance_capabilityId_idx" ON "OverlapAcceptance"("capabilityId");

-- AddForeignKey
ALTER TABLE "Capability" ADD CONSTRAINT "Capability_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capability" ADD CONSTRAINT "Capability_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Capability"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageCapability" ADD CONSTRAINT "UsageCapability_usageId_fkey" FOREIGN KEY ("usageId") REFERENCES "SystemUsage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageCapability" ADD CONSTRAINT "UsageCapability_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "Capability"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OverlapAcceptance" ADD CONSTRAINT "OverlapAcceptance_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "Capability"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written (ADR 0013) ---------------------------------------------------------------------

-- KITOS's 18 business types (forretningstyper) as every organisation's starting taxonomy. A trigger
-- seeds them for each new organisation, whichever path creates it (API, seed, tests, direct SQL).
CREATE FUNCTION overblik_seed_capabilities(org UUID) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "Capability" ("id", "organisationId", "name", "kitosBusinessType", "updatedAt")
  SELECT gen_random_uuid(), org, t.name, t.name, CURRENT_TIMESTAMP
  FROM unnest(ARRAY[
    'Design, visualisering og grafik', 'Kommunikation', 'Hjemmesider og portaler',
    'Selvbetjening og indberetning', 'E-læring', 'ESDH og Journalisering', 'Specialsystemer',
    'Processtyring', 'IT management', 'Økonomi og betaling', 'Løn, personale og HR',
    'BI og ledelsesinformation', 'Master data og registre', 'GIS', 'Bruger- og rettighedsstyring',
    'Sikkerhed og overvågning', 'Sagsbærende', 'Administrativt'
  ]) AS t(name)
  ON CONFLICT ("organisationId", "name") DO NOTHING;
$$;

CREATE FUNCTION overblik_organisation_capabilities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM overblik_seed_capabilities(NEW."id");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Organisation_seed_capabilities" AFTER INSERT ON "Organisation"
  FOR EACH ROW EXECUTE FUNCTION overblik_organisation_capabilities();

-- SystemUsage.capabilities becomes a read-only copy of the linked active capabilities' names, so
-- every reader of the old column (joint tenders, project synergy, filters) sees the taxonomy.
-- "updatedAt" moves with the names, so read-model fingerprints built from it see the change.
CREATE FUNCTION overblik_refresh_usage_capabilities(usage UUID) RETURNS void LANGUAGE sql AS $$
  WITH names AS (
    SELECT COALESCE(array_agg(c."name" ORDER BY c."name"), '{}') AS list
    FROM "UsageCapability" l JOIN "Capability" c ON c."id" = l."capabilityId"
    WHERE l."usageId" = usage AND c."archivedAt" IS NULL
  )
  UPDATE "SystemUsage" u SET "capabilities" = names.list, "updatedAt" = CURRENT_TIMESTAMP
  FROM names
  WHERE u."id" = usage AND u."capabilities" IS DISTINCT FROM names.list;
$$;

CREATE FUNCTION overblik_usage_capability_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM overblik_refresh_usage_capabilities(OLD."usageId"); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM overblik_refresh_usage_capabilities(NEW."usageId"); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "UsageCapability_refresh_usage" AFTER INSERT OR UPDATE OR DELETE ON "UsageCapability"
  FOR EACH ROW EXECUTE FUNCTION overblik_usage_capability_changed();

CREATE FUNCTION overblik_capability_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM overblik_refresh_usage_capabilities(l."usageId")
  FROM "UsageCapability" l WHERE l."capabilityId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Capability_refresh_usages" AFTER UPDATE OF "name", "archivedAt" ON "Capability"
  FOR EACH ROW EXECUTE FUNCTION overblik_capability_changed();

-- Free-text tags still in SystemUsage.capabilities (rows written before this migration, or by a bulk
-- seed/import that writes names) become capabilities (a tag matching one, ignoring case and
-- surrounding spaces, links to it; any other becomes the organisation's own) so no tag is lost.
-- Returns the number of links made.
CREATE FUNCTION overblik_adopt_capability_tags() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE linked integer;
BEGIN
  WITH tags AS (
    SELECT DISTINCT ON (u."organisationId", lower(btrim(tag))) u."organisationId", btrim(tag) AS name
    FROM "SystemUsage" u CROSS JOIN LATERAL unnest(u."capabilities") AS tag
    WHERE btrim(tag) <> ''
    ORDER BY u."organisationId", lower(btrim(tag)), btrim(tag)
  )
  INSERT INTO "Capability" ("id", "organisationId", "name", "updatedAt")
  SELECT gen_random_uuid(), t."organisationId", t.name, CURRENT_TIMESTAMP
  FROM tags t
  WHERE NOT EXISTS (
    SELECT 1 FROM "Capability" c
    WHERE c."organisationId" = t."organisationId" AND lower(c."name") = lower(t.name)
  );

  INSERT INTO "UsageCapability" ("usageId", "capabilityId")
  SELECT DISTINCT u."id", c."id"
  FROM "SystemUsage" u
  CROSS JOIN LATERAL unnest(u."capabilities") AS tag
  JOIN "Capability" c ON c."organisationId" = u."organisationId" AND lower(c."name") = lower(btrim(tag))
  ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS linked = ROW_COUNT;
  RETURN linked;
END;
$$;

SELECT overblik_seed_capabilities("id") FROM "Organisation";
SELECT overblik_adopt_capability_tags();

-- The taxonomy and overlap acceptances feed the cached landscape (ADR 0015).
SELECT overblik_attach_version_trigger(t) FROM unnest(ARRAY['Capability', 'OverlapAcceptance']) AS t;
SELECT overblik_attach_version_trigger('UsageCapability', 'usageId', 'SystemUsage');
