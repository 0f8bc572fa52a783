-- CreateEnum
CREATE TYPE "ReferenceSubject" AS ENUM ('SYSTEM_USAGE', 'DATA_SOURCE', 'CONTRACT', 'PROJECT', 'BENEFIT');

-- CreateTable
CREATE TABLE "ExternalReference" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "subject" "ReferenceSubject" NOT NULL,
    "subjectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "documentId" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalReference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExternalReference_organisationId_subject_subjectId_idx" ON "ExternalReference"("organisationId", "subject", "subjectId");

-- AddForeignKey
ALTER TABLE "ExternalReference" ADD CONSTRAINT "ExternalReference_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

