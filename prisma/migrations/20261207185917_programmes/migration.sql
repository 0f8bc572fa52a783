-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "programmeId" UUID;

-- CreateTable
CREATE TABLE "Programme" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "leadUserId" UUID,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeStrategy" (
    "programmeId" UUID NOT NULL,
    "strategyId" UUID NOT NULL,

    CONSTRAINT "ProgrammeStrategy_pkey" PRIMARY KEY ("programmeId","strategyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Programme_organisationId_name_key" ON "Programme"("organisationId", "name");

-- CreateIndex
CREATE INDEX "ProgrammeStrategy_strategyId_idx" ON "ProgrammeStrategy"("strategyId");

-- CreateIndex
CREATE INDEX "Project_programmeId_idx" ON "Project"("programmeId");

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeStrategy" ADD CONSTRAINT "ProgrammeStrategy_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeStrategy" ADD CONSTRAINT "ProgrammeStrategy_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Data versions (ADR 0015): a programme belongs to its organisation, its strategy links to the programme's.
SELECT overblik_attach_version_trigger('Programme');
SELECT overblik_attach_version_trigger('ProgrammeStrategy', 'programmeId', 'Programme');
