-- CreateIndex
CREATE INDEX "Integration_contractId_idx" ON "Integration"("contractId");

-- CreateIndex
CREATE INDEX "Integration_interfaceId_idx" ON "Integration"("interfaceId");

