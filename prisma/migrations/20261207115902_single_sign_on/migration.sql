-- CreateEnum
CREATE TYPE "SignInProviderKind" AS ENUM ('OIDC', 'SAML');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "passwordSignIn" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "providerId" UUID;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "deactivatedBySignIn" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SignInProvider" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "kind" "SignInProviderKind" NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "secretEncrypted" TEXT,
    "allowedDomains" TEXT[],
    "roleClaim" TEXT NOT NULL DEFAULT '',
    "roleMapping" JSONB NOT NULL DEFAULT '[]',
    "newUserRole" "Role",
    "lastSignInAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "providerId" UUID NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInProvider_organisationId_idx" ON "SignInProvider"("organisationId");

-- CreateIndex
CREATE INDEX "SignInAttempt_expiresAt_idx" ON "SignInAttempt"("expiresAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "SignInProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignInProvider" ADD CONSTRAINT "SignInProvider_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignInAttempt" ADD CONSTRAINT "SignInAttempt_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "SignInProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

