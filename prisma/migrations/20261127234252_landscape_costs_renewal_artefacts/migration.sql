-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ArtefactKind" ADD VALUE 'IDEA_DESCRIPTION';
ALTER TYPE "ArtefactKind" ADD VALUE 'IMPLEMENTATION_PLAN';
ALTER TYPE "ArtefactKind" ADD VALUE 'BENEFIT_REALISATION_PLAN';
ALTER TYPE "ArtefactKind" ADD VALUE 'OPERATIONS_HANDOVER';
ALTER TYPE "ArtefactKind" ADD VALUE 'CLOSING_REPORT';

-- AlterTable
ALTER TABLE "SystemUsage" ADD COLUMN     "migrationMonths" INTEGER;

-- AlterTable
ALTER TABLE "Integration" ADD COLUMN     "migrationMonths" INTEGER;

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "successorId" UUID;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

