-- CreateEnum
CREATE TYPE "DataType" AS ENUM ('PERSON', 'COMPANY', 'CASE', 'DOCUMENT', 'ORGANISATION', 'CLASSIFICATION', 'PROPERTY', 'GIS', 'OTHER');

-- CreateEnum
CREATE TYPE "RegisterFamily" AS ENUM ('CPR', 'CVR', 'BBR', 'DAR', 'MATRIKEL', 'EJF', 'VUR', 'INCOME', 'DAGI', 'GEODANMARK');

-- AlterTable
ALTER TABLE "Interface" ADD COLUMN     "dataTypes" "DataType"[] DEFAULT ARRAY[]::"DataType"[],
ADD COLUMN     "registerFamilies" "RegisterFamily"[] DEFAULT ARRAY[]::"RegisterFamily"[];

-- AlterTable
ALTER TABLE "UsageDataSource" ADD COLUMN     "dataTypes" "DataType"[] DEFAULT ARRAY[]::"DataType"[],
ADD COLUMN     "registerFamilies" "RegisterFamily"[] DEFAULT ARRAY[]::"RegisterFamily"[];

-- AlterTable
ALTER TABLE "Integration" ADD COLUMN     "dataTypes" "DataType"[] DEFAULT ARRAY[]::"DataType"[],
ADD COLUMN     "registerFamilies" "RegisterFamily"[] DEFAULT ARRAY[]::"RegisterFamily"[];

