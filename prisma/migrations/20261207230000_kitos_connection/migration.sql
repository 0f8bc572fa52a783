-- KITOS API v2 connector (ADR 0041): one connection per organisation, and the objects changed on both
-- sides that wait for a person. Neither feeds a cached read model, so neither carries a data-version trigger.

-- CreateTable
CREATE TABLE "KitosConnection" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "kitosOrganisationUuid" TEXT NOT NULL,
    "emailEncrypted" TEXT NOT NULL,
    "passwordEncrypted" TEXT NOT NULL,
    "nightly" BOOLEAN NOT NULL DEFAULT false,
    "kitosChangedSince" TIMESTAMPTZ(3),
    "lastSyncedAt" TIMESTAMPTZ(3),
    "lastRunAt" TIMESTAMPTZ(3),
    "lastRunResult" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KitosConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitosSyncConflict" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "kitosUuid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "changes" TEXT[],
    "sheet" JSONB NOT NULL,
    "overblikChangedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KitosSyncConflict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KitosConnection_organisationId_key" ON "KitosConnection"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "KitosSyncConflict_organisationId_kind_kitosUuid_key" ON "KitosSyncConflict"("organisationId", "kind", "kitosUuid");

-- AddForeignKey
ALTER TABLE "KitosConnection" ADD CONSTRAINT "KitosConnection_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitosSyncConflict" ADD CONSTRAINT "KitosSyncConflict_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
