-- AlterTable
ALTER TABLE "Interface" ADD COLUMN     "kitosAttributes" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "kitosId" TEXT;

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "kitosAttributes" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "kitosId" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "email" TEXT,
ADD COLUMN     "phone" TEXT;

