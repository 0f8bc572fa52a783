-- CreateTable
CREATE TABLE "SamlAssertionUse" (
    "providerId" UUID NOT NULL,
    "assertionId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SamlAssertionUse_pkey" PRIMARY KEY ("providerId","assertionId")
);

-- CreateIndex
CREATE INDEX "SamlAssertionUse_expiresAt_idx" ON "SamlAssertionUse"("expiresAt");

-- AddForeignKey
ALTER TABLE "SamlAssertionUse" ADD CONSTRAINT "SamlAssertionUse_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "SignInProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

