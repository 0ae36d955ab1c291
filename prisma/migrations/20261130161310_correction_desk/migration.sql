-- CreateEnum
CREATE TYPE "RepairStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "dismissedSuggestions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "splitFromId" TEXT,
ADD COLUMN     "suggestionCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Repair" ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" TEXT,
ADD COLUMN     "status" "RepairStatus" NOT NULL DEFAULT 'PENDING';

-- Repairs undone before the correction desk existed were rejected.
UPDATE "Repair" SET "status" = 'REJECTED' WHERE "undone";

ALTER TABLE "Repair" DROP COLUMN "undone";

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "batchId" TEXT,
ADD COLUMN     "detail" TEXT,
ADD COLUMN     "superseded" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ArticlePresence" (
    "articleId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "holding" BOOLEAN NOT NULL DEFAULT false,
    "takenOverById" TEXT,
    "takenOverAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticlePresence_pkey" PRIMARY KEY ("articleId","sessionId")
);

-- CreateIndex
CREATE INDEX "ArticlePresence_articleId_lastSeenAt_idx" ON "ArticlePresence"("articleId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "Article_mergedIntoId_idx" ON "Article"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Article_splitFromId_idx" ON "Article"("splitFromId");

-- CreateIndex
CREATE INDEX "Revision_batchId_idx" ON "Revision"("batchId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_splitFromId_fkey" FOREIGN KEY ("splitFromId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Repair" ADD CONSTRAINT "Repair_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePresence" ADD CONSTRAINT "ArticlePresence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePresence" ADD CONSTRAINT "ArticlePresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePresence" ADD CONSTRAINT "ArticlePresence_takenOverById_fkey" FOREIGN KEY ("takenOverById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
