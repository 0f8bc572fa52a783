-- CreateEnum
CREATE TYPE "BusinessType" AS ENUM ('CASE_AND_DOCUMENT_MANAGEMENT', 'CASE_HANDLING', 'FINANCE_AND_PAYMENT', 'PAYROLL_AND_HR', 'BUSINESS_INTELLIGENCE', 'MASTER_DATA', 'GIS', 'SELF_SERVICE', 'IDENTITY_AND_ACCESS', 'COMMUNICATION', 'ADMINISTRATIVE', 'OTHER');

-- AlterTable
ALTER TABLE "ItSystem" ADD COLUMN     "businessType" "BusinessType",
ADD COLUMN     "formerName" TEXT,
ADD COLUMN     "parentSystemId" UUID;

-- CreateIndex
CREATE INDEX "ItSystem_parentSystemId_idx" ON "ItSystem"("parentSystemId");

-- AddForeignKey
ALTER TABLE "ItSystem" ADD CONSTRAINT "ItSystem_parentSystemId_fkey" FOREIGN KEY ("parentSystemId") REFERENCES "ItSystem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

