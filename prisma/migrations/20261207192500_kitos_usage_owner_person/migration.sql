-- AlterTable
ALTER TABLE "SystemUsage" ADD COLUMN     "ownerPersonId" UUID;

-- CreateIndex
CREATE INDEX "SystemUsage_ownerPersonId_idx" ON "SystemUsage"("ownerPersonId");

-- AddForeignKey
ALTER TABLE "SystemUsage" ADD CONSTRAINT "SystemUsage_ownerPersonId_fkey" FOREIGN KEY ("ownerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

