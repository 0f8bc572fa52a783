-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "cvr" TEXT;

