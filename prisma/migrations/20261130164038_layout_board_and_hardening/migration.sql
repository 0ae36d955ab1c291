-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "pagePlan" JSONB;

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "layoutVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Page" ADD COLUMN     "capacity" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ValidationWaiver" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "finding" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "waivedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ValidationWaiver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ValidationWaiver_issueId_finding_key" ON "ValidationWaiver"("issueId", "finding");

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- AddForeignKey
ALTER TABLE "ValidationWaiver" ADD CONSTRAINT "ValidationWaiver_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValidationWaiver" ADD CONSTRAINT "ValidationWaiver_waivedById_fkey" FOREIGN KEY ("waivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
