-- CreateEnum
CREATE TYPE "ProjectLifecycleAction" AS ENUM ('PAUSE', 'RESUME', 'STOP');

-- CreateEnum
CREATE TYPE "ProjectTeamRole" AS ENUM ('CUSTODIAN', 'SUPER_USER', 'STEERING_GROUP');

-- CreateTable
CREATE TABLE "ProjectLifecycleDecision" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "action" "ProjectLifecycleAction" NOT NULL,
    "fromStatus" "ProjectStatus" NOT NULL,
    "toStatus" "ProjectStatus" NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,

    CONSTRAINT "ProjectLifecycleDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTeamMember" (
    "projectId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "ProjectTeamRole" NOT NULL,

    CONSTRAINT "ProjectTeamMember_pkey" PRIMARY KEY ("projectId","userId","role")
);

-- CreateIndex
CREATE INDEX "ProjectLifecycleDecision_projectId_idx" ON "ProjectLifecycleDecision"("projectId");

-- CreateIndex
CREATE INDEX "ProjectTeamMember_userId_idx" ON "ProjectTeamMember"("userId");

-- AddForeignKey
ALTER TABLE "ProjectLifecycleDecision" ADD CONSTRAINT "ProjectLifecycleDecision_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTeamMember" ADD CONSTRAINT "ProjectTeamMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTeamMember" ADD CONSTRAINT "ProjectTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Data versions (ADR 0015): both tables belong to their project's organisation.
SELECT overblik_attach_version_trigger(t, 'projectId', 'Project')
FROM unnest(ARRAY['ProjectLifecycleDecision', 'ProjectTeamMember']) AS t;
