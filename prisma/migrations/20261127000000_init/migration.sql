-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('MUNICIPALITY', 'COLLABORATION', 'SUPPLIER', 'OTHER_PUBLIC_BODY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMINISTRATOR', 'EXECUTIVE_BOARD', 'PORTFOLIO_STEERING_GROUP', 'DIGITALISATION_COUNCIL', 'PROJECT_COORDINATOR', 'SYSTEM_OWNER', 'PROJECT_LEAD', 'CONTRACT_MANAGER', 'READER');

-- CreateEnum
CREATE TYPE "ShareScope" AS ENUM ('SYSTEM_USAGES', 'CONTRACTS', 'CONTRACT_PRICES', 'PROJECTS', 'BENEFITS', 'PEOPLE', 'TENDER_PLANS');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('LOCAL', 'SHARED');

-- CreateEnum
CREATE TYPE "Lifecycle" AS ENUM ('PLANNED', 'IN_USE', 'PHASING_OUT', 'RETIRED');

-- CreateEnum
CREATE TYPE "DataSourceKind" AS ENUM ('BASE_REGISTER', 'COPY_REGISTER', 'INTERNAL', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('SERVICEPLATFORMEN', 'DATAFORDELEREN', 'DIRECT', 'FILE_TRANSFER', 'OTHER');

-- CreateEnum
CREATE TYPE "InfrastructureKind" AS ENUM ('SUPPORT_SYSTEM', 'SERVICE_PLATFORM', 'IDENTITY', 'HOSTING', 'NETWORK', 'OTHER');

-- CreateEnum
CREATE TYPE "Hosting" AS ENUM ('ON_PREMISE', 'SUPPLIER_HOSTED', 'CLOUD', 'SAAS', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Access" AS ENUM ('READ', 'WRITE', 'READ_WRITE');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('ONE_WAY', 'BIDIRECTIONAL');

-- CreateEnum
CREATE TYPE "PurchaseForm" AS ENUM ('EU_TENDER', 'MINI_TENDER', 'DIRECT_AWARD', 'FRAMEWORK_CALL_OFF', 'OTHER');

-- CreateEnum
CREATE TYPE "Criticality" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "NoticeRule" AS ENUM ('RUNNING', 'END_OF_MONTH', 'END_OF_QUARTER', 'END_OF_YEAR');

-- CreateEnum
CREATE TYPE "EconomyKind" AS ENUM ('ACQUISITION', 'YEARLY_OPERATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'ON_HOLD', 'CLOSED', 'REJECTED');

-- CreateEnum
CREATE TYPE "Rag" AS ENUM ('GREEN', 'AMBER', 'RED');

-- CreateEnum
CREATE TYPE "ArtefactKind" AS ENUM ('BUSINESS_CASE', 'BENEFIT_MAP', 'RISK_ASSESSMENT', 'RESOURCE_PLAN');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PREQUALIFIED', 'RETURNED', 'APPROVED', 'REJECTED', 'DEFERRED');

-- CreateEnum
CREATE TYPE "DecisionStage" AS ENUM ('COUNCIL', 'BOARD');

-- CreateEnum
CREATE TYPE "BusinessCaseKind" AS ENUM ('ONE_OFF_COST', 'YEARLY_COST', 'ONE_OFF_BENEFIT', 'YEARLY_BENEFIT');

-- CreateEnum
CREATE TYPE "ScoreDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "BenefitType" AS ENUM ('ECONOMIC_KR', 'ECONOMIC_FTE', 'QUALITATIVE', 'DISBENEFIT');

-- CreateEnum
CREATE TYPE "BenefitDirection" AS ENUM ('INCREASE', 'DECREASE');

-- CreateEnum
CREATE TYPE "VerificationKind" AS ENUM ('NONE', 'USAGE_RETIRED', 'CONTRACT_ENDED', 'COPY_REGISTER_REPLACED');

-- CreateEnum
CREATE TYPE "BenefitMapKind" AS ENUM ('DELIVERABLE', 'GOAL', 'BENEFIT', 'PURPOSE');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "municipalityCode" TEXT,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "parentId" UUID,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'da',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "roles" "Role"[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Collaboration" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "organisationId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Collaboration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationMember" (
    "id" UUID NOT NULL,
    "collaborationId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "shares" "ShareScope"[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollaborationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supplier" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "cvr" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'SHARED',
    "ownerOrganisationId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItSystem" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" TEXT,
    "supplierId" UUID,
    "visibility" "Visibility" NOT NULL DEFAULT 'SHARED',
    "ownerOrganisationId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interface" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "providerSystemId" UUID,
    "protocol" TEXT,
    "dataDescription" TEXT NOT NULL DEFAULT '',
    "visibility" "Visibility" NOT NULL DEFAULT 'SHARED',
    "ownerOrganisationId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interface_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSource" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "DataSourceKind" NOT NULL,
    "registerFamily" TEXT,
    "copyOfId" UUID,
    "supplierId" UUID,
    "defaultChannel" "Channel" NOT NULL DEFAULT 'DIRECT',
    "costModel" TEXT NOT NULL DEFAULT '',
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'IN_USE',
    "endsOn" DATE,
    "visibility" "Visibility" NOT NULL DEFAULT 'SHARED',
    "ownerOrganisationId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfrastructureComponent" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "InfrastructureKind" NOT NULL,
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'IN_USE',
    "endsOn" DATE,
    "visibility" "Visibility" NOT NULL DEFAULT 'SHARED',
    "ownerOrganisationId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InfrastructureComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemUsage" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "systemId" UUID NOT NULL,
    "localName" TEXT,
    "ownerUserId" UUID,
    "custodianUserId" UUID,
    "responsibleUnitId" UUID,
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'IN_USE',
    "inUseFrom" DATE,
    "inUseUntil" DATE,
    "taskAreas" TEXT[],
    "capabilities" TEXT[],
    "hosting" "Hosting" NOT NULL DEFAULT 'UNKNOWN',
    "userCount" INTEGER,
    "usesServicePlatform" BOOLEAN NOT NULL DEFAULT false,
    "usesSupportSystems" BOOLEAN NOT NULL DEFAULT false,
    "standardsMet" TEXT[],
    "architectureFitNote" TEXT NOT NULL DEFAULT '',
    "asIs" TEXT NOT NULL DEFAULT '',
    "toBe" TEXT NOT NULL DEFAULT '',
    "workflows" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemUsage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageDataSource" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "usageId" UUID NOT NULL,
    "dataSourceId" UUID NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "access" "Access" NOT NULL DEFAULT 'READ',
    "volume" TEXT NOT NULL DEFAULT '',
    "yearlyCost" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "channel" "Channel" NOT NULL DEFAULT 'DIRECT',
    "authoritative" BOOLEAN NOT NULL DEFAULT true,
    "plannedTargetSourceId" UUID,
    "plannedSwitchDate" DATE,
    "switchingCost" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsageDataSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageInfrastructure" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "usageId" UUID NOT NULL,
    "componentId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageInfrastructure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Integration" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "fromUsageId" UUID NOT NULL,
    "toUsageId" UUID NOT NULL,
    "interfaceId" UUID,
    "data" TEXT NOT NULL DEFAULT '',
    "direction" "Direction" NOT NULL DEFAULT 'ONE_WAY',
    "frequency" TEXT NOT NULL DEFAULT '',
    "contractId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Integration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "reference" TEXT,
    "supplierId" UUID,
    "parentId" UUID,
    "contractType" TEXT NOT NULL DEFAULT '',
    "template" TEXT NOT NULL DEFAULT '',
    "purchaseForm" "PurchaseForm" NOT NULL DEFAULT 'OTHER',
    "criticality" "Criticality" NOT NULL DEFAULT 'MEDIUM',
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "durationMonths" INTEGER,
    "ongoing" BOOLEAN NOT NULL DEFAULT false,
    "irrevocableUntil" DATE,
    "noticePeriodMonths" INTEGER,
    "noticeRule" "NoticeRule" NOT NULL DEFAULT 'RUNNING',
    "terminatedOn" DATE,
    "retenderPlan" TEXT NOT NULL DEFAULT '',
    "uptimePercent" DECIMAL(6,3),
    "availability" TEXT NOT NULL DEFAULT '',
    "changeHandling" TEXT NOT NULL DEFAULT '',
    "documentationDuties" TEXT NOT NULL DEFAULT '',
    "ownerUserId" UUID,
    "managerUserId" UUID,
    "invoiceRecipient" TEXT NOT NULL DEFAULT '',
    "indexationPercent" DECIMAL(6,3) NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractOption" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "months" INTEGER NOT NULL,
    "exercisedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ContractOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractEconomyLine" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "unitId" UUID,
    "kind" "EconomyKind" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ContractEconomyLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractCoverage" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "usageId" UUID NOT NULL,

    CONSTRAINT "ContractCoverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "invoiceDate" DATE NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenderPlan" (
    "id" UUID NOT NULL,
    "collaborationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "windowStart" DATE,
    "windowEnd" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenderPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenderPlanParticipant" (
    "id" UUID NOT NULL,
    "tenderPlanId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "contractId" UUID,

    CONSTRAINT "TenderPlanParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardRequirement" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StandardRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementCheck" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "requirementId" UUID NOT NULL,
    "fulfilled" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RequirementCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" UUID NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "readAt" TIMESTAMP(3),
    "snoozedUntil" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Strategy" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "validFrom" DATE,
    "validTo" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhaseDefinition" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "requiredArtefacts" "ArtefactKind"[],
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PhaseDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "collaborationId" UUID,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerUserId" UUID,
    "leadUserId" UUID,
    "unitId" UUID,
    "phase" TEXT NOT NULL DEFAULT 'idea',
    "status" "ProjectStatus" NOT NULL DEFAULT 'PROPOSED',
    "rankKey" TEXT NOT NULL,
    "startDate" DATE,
    "endDate" DATE,
    "budget" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPhaseHistory" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "phase" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "ProjectPhaseHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GateDecision" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "fromPhase" TEXT NOT NULL,
    "toPhase" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "GateDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "submittedById" UUID,
    "submittedAt" TIMESTAMP(3),
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "problem" TEXT NOT NULL DEFAULT '',
    "asIs" TEXT NOT NULL DEFAULT '',
    "toBe" TEXT NOT NULL DEFAULT '',
    "resourcesNeeded" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalDecision" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "stage" "DecisionStage" NOT NULL,
    "decision" "ProposalStatus" NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ProposalDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessCaseLine" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "BusinessCaseKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "amount" DECIMAL(14,2) NOT NULL,
    "year" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BusinessCaseLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectArtefact" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "ArtefactKind" NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "providedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ProjectArtefact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusReport" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "reportedById" UUID NOT NULL,
    "periodEnd" DATE NOT NULL,
    "ragTime" "Rag" NOT NULL,
    "ragCost" "Rag" NOT NULL,
    "ragQuality" "Rag" NOT NULL,
    "ragScope" "Rag" NOT NULL,
    "progressPercent" INTEGER NOT NULL,
    "spent" DECIMAL(14,2) NOT NULL,
    "budget" DECIMAL(14,2) NOT NULL,
    "risks" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectStrategy" (
    "projectId" UUID NOT NULL,
    "strategyId" UUID NOT NULL,

    CONSTRAINT "ProjectStrategy_pkey" PRIMARY KEY ("projectId","strategyId")
);

-- CreateTable
CREATE TABLE "ProjectSystem" (
    "projectId" UUID NOT NULL,
    "usageId" UUID NOT NULL,

    CONSTRAINT "ProjectSystem_pkey" PRIMARY KEY ("projectId","usageId")
);

-- CreateTable
CREATE TABLE "ProjectDependency" (
    "projectId" UUID NOT NULL,
    "dependsOnId" UUID NOT NULL,

    CONSTRAINT "ProjectDependency_pkey" PRIMARY KEY ("projectId","dependsOnId")
);

-- CreateTable
CREATE TABLE "PrioritisationModel" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrioritisationModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "weight" DOUBLE PRECISION NOT NULL,
    "scaleMin" INTEGER NOT NULL DEFAULT 1,
    "scaleMax" INTEGER NOT NULL DEFAULT 5,
    "direction" "ScoreDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "mandatory" BOOLEAN NOT NULL DEFAULT false,
    "ordinal" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "dimension" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectCategory" (
    "projectId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,

    CONSTRAINT "ProjectCategory_pkey" PRIMARY KEY ("projectId","categoryId")
);

-- CreateTable
CREATE TABLE "CriterionScore" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "value" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CriterionScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortfolioScenario" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "approvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PortfolioScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScenarioRank" (
    "scenarioId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "rankKey" TEXT NOT NULL,

    CONSTRAINT "ScenarioRank_pkey" PRIMARY KEY ("scenarioId","projectId")
);

-- CreateTable
CREATE TABLE "Competency" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Competency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "unitId" UUID,
    "weeklyCapacityHours" DOUBLE PRECISION NOT NULL DEFAULT 37,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonCompetency" (
    "personId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,

    CONSTRAINT "PersonCompetency_pkey" PRIMARY KEY ("personId","competencyId")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "competencyId" UUID,
    "quarter" TEXT NOT NULL,
    "hoursPerWeek" DOUBLE PRECISION NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceDemand" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    "quarter" TEXT NOT NULL,
    "hoursPerWeek" DOUBLE PRECISION NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ResourceDemand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Benefit" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "projectId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "type" "BenefitType" NOT NULL,
    "cashable" BOOLEAN NOT NULL DEFAULT false,
    "responsibleUserId" UUID,
    "accountableUserId" UUID,
    "harvestingUnitId" UUID,
    "baseline" DECIMAL(14,2),
    "target" DECIMAL(14,2),
    "unitOfMeasure" TEXT NOT NULL DEFAULT 'kr.',
    "direction" "BenefitDirection" NOT NULL DEFAULT 'INCREASE',
    "startDate" DATE,
    "dueDate" DATE,
    "verification" "VerificationKind" NOT NULL DEFAULT 'NONE',
    "verificationUsageId" UUID,
    "verificationContractId" UUID,
    "verificationEdgeId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Benefit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenefitProfilePoint" (
    "id" UUID NOT NULL,
    "benefitId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "plannedValue" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "BenefitProfilePoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenefitMeasurement" (
    "id" UUID NOT NULL,
    "benefitId" UUID NOT NULL,
    "measuredOn" DATE NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "recordedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenefitMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenefitMapNode" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "BenefitMapKind" NOT NULL,
    "label" TEXT NOT NULL,
    "benefitId" UUID,
    "targetId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BenefitMapNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaturityStep" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MaturityStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaturityCriterion" (
    "id" UUID NOT NULL,
    "stepId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "metric" TEXT,
    "threshold" DOUBLE PRECISION NOT NULL DEFAULT 0.8,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MaturityCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaturityAssessment" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "assessedById" UUID NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "achievedStep" INTEGER NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MaturityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "userId" UUID,
    "tableKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "config" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" UUID,
    "userId" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_organisationId_name_key" ON "Unit"("organisationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organisationId_key" ON "Membership"("userId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Collaboration_organisationId_key" ON "Collaboration"("organisationId");

-- CreateIndex
CREATE INDEX "CollaborationMember_organisationId_idx" ON "CollaborationMember"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CollaborationMember_collaborationId_organisationId_key" ON "CollaborationMember"("collaborationId", "organisationId");

-- CreateIndex
CREATE INDEX "Supplier_name_idx" ON "Supplier"("name");

-- CreateIndex
CREATE INDEX "ItSystem_name_idx" ON "ItSystem"("name");

-- CreateIndex
CREATE INDEX "ItSystem_ownerOrganisationId_idx" ON "ItSystem"("ownerOrganisationId");

-- CreateIndex
CREATE INDEX "DataSource_kind_idx" ON "DataSource"("kind");

-- CreateIndex
CREATE INDEX "DataSource_ownerOrganisationId_idx" ON "DataSource"("ownerOrganisationId");

-- CreateIndex
CREATE INDEX "SystemUsage_organisationId_lifecycle_idx" ON "SystemUsage"("organisationId", "lifecycle");

-- CreateIndex
CREATE INDEX "SystemUsage_systemId_idx" ON "SystemUsage"("systemId");

-- CreateIndex
CREATE UNIQUE INDEX "SystemUsage_organisationId_systemId_key" ON "SystemUsage"("organisationId", "systemId");

-- CreateIndex
CREATE INDEX "UsageDataSource_organisationId_idx" ON "UsageDataSource"("organisationId");

-- CreateIndex
CREATE INDEX "UsageDataSource_dataSourceId_idx" ON "UsageDataSource"("dataSourceId");

-- CreateIndex
CREATE UNIQUE INDEX "UsageDataSource_usageId_dataSourceId_key" ON "UsageDataSource"("usageId", "dataSourceId");

-- CreateIndex
CREATE INDEX "UsageInfrastructure_organisationId_idx" ON "UsageInfrastructure"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "UsageInfrastructure_usageId_componentId_key" ON "UsageInfrastructure"("usageId", "componentId");

-- CreateIndex
CREATE INDEX "Integration_organisationId_idx" ON "Integration"("organisationId");

-- CreateIndex
CREATE INDEX "Integration_fromUsageId_idx" ON "Integration"("fromUsageId");

-- CreateIndex
CREATE INDEX "Integration_toUsageId_idx" ON "Integration"("toUsageId");

-- CreateIndex
CREATE INDEX "Contract_organisationId_endDate_idx" ON "Contract"("organisationId", "endDate");

-- CreateIndex
CREATE INDEX "Contract_supplierId_idx" ON "Contract"("supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "ContractOption_contractId_ordinal_key" ON "ContractOption"("contractId", "ordinal");

-- CreateIndex
CREATE INDEX "ContractEconomyLine_contractId_idx" ON "ContractEconomyLine"("contractId");

-- CreateIndex
CREATE INDEX "ContractCoverage_usageId_idx" ON "ContractCoverage"("usageId");

-- CreateIndex
CREATE UNIQUE INDEX "ContractCoverage_contractId_usageId_key" ON "ContractCoverage"("contractId", "usageId");

-- CreateIndex
CREATE INDEX "Invoice_organisationId_idx" ON "Invoice"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_contractId_number_key" ON "Invoice"("contractId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "TenderPlanParticipant_tenderPlanId_organisationId_contractI_key" ON "TenderPlanParticipant"("tenderPlanId", "organisationId", "contractId");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementCheck_projectId_requirementId_key" ON "RequirementCheck"("projectId", "requirementId");

-- CreateIndex
CREATE INDEX "Notification_organisationId_idx" ON "Notification"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Strategy_organisationId_name_key" ON "Strategy"("organisationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PhaseDefinition_organisationId_key_key" ON "PhaseDefinition"("organisationId", "key");

-- CreateIndex
CREATE INDEX "Project_organisationId_rankKey_idx" ON "Project"("organisationId", "rankKey");

-- CreateIndex
CREATE INDEX "ProjectPhaseHistory_projectId_idx" ON "ProjectPhaseHistory"("projectId");

-- CreateIndex
CREATE INDEX "GateDecision_projectId_idx" ON "GateDecision"("projectId");

-- CreateIndex
CREATE INDEX "Proposal_projectId_idx" ON "Proposal"("projectId");

-- CreateIndex
CREATE INDEX "ProposalDecision_proposalId_idx" ON "ProposalDecision"("proposalId");

-- CreateIndex
CREATE INDEX "BusinessCaseLine_projectId_idx" ON "BusinessCaseLine"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectArtefact_projectId_kind_key" ON "ProjectArtefact"("projectId", "kind");

-- CreateIndex
CREATE INDEX "StatusReport_projectId_periodEnd_idx" ON "StatusReport"("projectId", "periodEnd");

-- CreateIndex
CREATE INDEX "ProjectSystem_usageId_idx" ON "ProjectSystem"("usageId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_modelId_dimension_name_key" ON "Category"("modelId", "dimension", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionScore_projectId_criterionId_key" ON "CriterionScore"("projectId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "Competency_organisationId_name_key" ON "Competency"("organisationId", "name");

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_personId_projectId_quarter_key" ON "Allocation"("personId", "projectId", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceDemand_projectId_competencyId_quarter_key" ON "ResourceDemand"("projectId", "competencyId", "quarter");

-- CreateIndex
CREATE INDEX "Benefit_organisationId_idx" ON "Benefit"("organisationId");

-- CreateIndex
CREATE INDEX "Benefit_projectId_idx" ON "Benefit"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "BenefitProfilePoint_benefitId_date_key" ON "BenefitProfilePoint"("benefitId", "date");

-- CreateIndex
CREATE INDEX "BenefitMeasurement_benefitId_measuredOn_idx" ON "BenefitMeasurement"("benefitId", "measuredOn");

-- CreateIndex
CREATE INDEX "BenefitMapNode_projectId_idx" ON "BenefitMapNode"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "MaturityStep_organisationId_ordinal_key" ON "MaturityStep"("organisationId", "ordinal");

-- CreateIndex
CREATE INDEX "MaturityAssessment_organisationId_assessedAt_idx" ON "MaturityAssessment"("organisationId", "assessedAt");

-- CreateIndex
CREATE INDEX "SavedView_organisationId_tableKey_idx" ON "SavedView"("organisationId", "tableKey");

-- CreateIndex
CREATE INDEX "AuditEntry_organisationId_id_idx" ON "AuditEntry"("organisationId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationMember" ADD CONSTRAINT "CollaborationMember_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationMember" ADD CONSTRAINT "CollaborationMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItSystem" ADD CONSTRAINT "ItSystem_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interface" ADD CONSTRAINT "Interface_providerSystemId_fkey" FOREIGN KEY ("providerSystemId") REFERENCES "ItSystem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSource" ADD CONSTRAINT "DataSource_copyOfId_fkey" FOREIGN KEY ("copyOfId") REFERENCES "DataSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSource" ADD CONSTRAINT "DataSource_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUsage" ADD CONSTRAINT "SystemUsage_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUsage" ADD CONSTRAINT "SystemUsage_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "ItSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageDataSource" ADD CONSTRAINT "UsageDataSource_usageId_fkey" FOREIGN KEY ("usageId") REFERENCES "SystemUsage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageDataSource" ADD CONSTRAINT "UsageDataSource_dataSourceId_fkey" FOREIGN KEY ("dataSourceId") REFERENCES "DataSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageDataSource" ADD CONSTRAINT "UsageDataSource_plannedTargetSourceId_fkey" FOREIGN KEY ("plannedTargetSourceId") REFERENCES "DataSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageInfrastructure" ADD CONSTRAINT "UsageInfrastructure_usageId_fkey" FOREIGN KEY ("usageId") REFERENCES "SystemUsage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageInfrastructure" ADD CONSTRAINT "UsageInfrastructure_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "InfrastructureComponent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_fromUsageId_fkey" FOREIGN KEY ("fromUsageId") REFERENCES "SystemUsage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_toUsageId_fkey" FOREIGN KEY ("toUsageId") REFERENCES "SystemUsage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_interfaceId_fkey" FOREIGN KEY ("interfaceId") REFERENCES "Interface"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractOption" ADD CONSTRAINT "ContractOption_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractEconomyLine" ADD CONSTRAINT "ContractEconomyLine_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractCoverage" ADD CONSTRAINT "ContractCoverage_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractCoverage" ADD CONSTRAINT "ContractCoverage_usageId_fkey" FOREIGN KEY ("usageId") REFERENCES "SystemUsage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderPlan" ADD CONSTRAINT "TenderPlan_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderPlanParticipant" ADD CONSTRAINT "TenderPlanParticipant_tenderPlanId_fkey" FOREIGN KEY ("tenderPlanId") REFERENCES "TenderPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementCheck" ADD CONSTRAINT "RequirementCheck_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementCheck" ADD CONSTRAINT "RequirementCheck_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "StandardRequirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPhaseHistory" ADD CONSTRAINT "ProjectPhaseHistory_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateDecision" ADD CONSTRAINT "GateDecision_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessCaseLine" ADD CONSTRAINT "BusinessCaseLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectArtefact" ADD CONSTRAINT "ProjectArtefact_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStrategy" ADD CONSTRAINT "ProjectStrategy_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStrategy" ADD CONSTRAINT "ProjectStrategy_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSystem" ADD CONSTRAINT "ProjectSystem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSystem" ADD CONSTRAINT "ProjectSystem_usageId_fkey" FOREIGN KEY ("usageId") REFERENCES "SystemUsage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectDependency" ADD CONSTRAINT "ProjectDependency_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectDependency" ADD CONSTRAINT "ProjectDependency_dependsOnId_fkey" FOREIGN KEY ("dependsOnId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PrioritisationModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PrioritisationModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCategory" ADD CONSTRAINT "ProjectCategory_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCategory" ADD CONSTRAINT "ProjectCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionScore" ADD CONSTRAINT "CriterionScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioRank" ADD CONSTRAINT "ScenarioRank_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "PortfolioScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioRank" ADD CONSTRAINT "ScenarioRank_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonCompetency" ADD CONSTRAINT "PersonCompetency_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonCompetency" ADD CONSTRAINT "PersonCompetency_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceDemand" ADD CONSTRAINT "ResourceDemand_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benefit" ADD CONSTRAINT "Benefit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benefit" ADD CONSTRAINT "Benefit_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitProfilePoint" ADD CONSTRAINT "BenefitProfilePoint_benefitId_fkey" FOREIGN KEY ("benefitId") REFERENCES "Benefit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitMeasurement" ADD CONSTRAINT "BenefitMeasurement_benefitId_fkey" FOREIGN KEY ("benefitId") REFERENCES "Benefit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturityCriterion" ADD CONSTRAINT "MaturityCriterion_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "MaturityStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

