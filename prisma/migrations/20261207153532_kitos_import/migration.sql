-- AlterTable
ALTER TABLE "ItSystem" ADD COLUMN     "kitosUuid" UUID;

-- AlterTable
ALTER TABLE "SystemUsage" ADD COLUMN     "kitosAttributes" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "ItSystem_kitosUuid_idx" ON "ItSystem"("kitosUuid");

