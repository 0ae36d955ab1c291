-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "learnedPairsRevision" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "learnedCorrections" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "LearnedPair" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "misread" TEXT NOT NULL,
    "correction" TEXT NOT NULL,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMP(3),
    "retiredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnedPair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnedPairSource" (
    "pairId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearnedPairSource_pkey" PRIMARY KEY ("pairId","articleId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LearnedPair_publicationId_misread_correction_key" ON "LearnedPair"("publicationId", "misread", "correction");

-- CreateIndex
CREATE INDEX "LearnedPairSource_articleId_idx" ON "LearnedPairSource"("articleId");

-- AddForeignKey
ALTER TABLE "LearnedPair" ADD CONSTRAINT "LearnedPair_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnedPair" ADD CONSTRAINT "LearnedPair_retiredById_fkey" FOREIGN KEY ("retiredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnedPairSource" ADD CONSTRAINT "LearnedPairSource_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "LearnedPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnedPairSource" ADD CONSTRAINT "LearnedPairSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Values for Publication.learnedPairsRevision: a sequence never hands out a
-- value twice, even to a transaction that rolls back, so an index cached
-- under a revision can never stand for different pairs (lib/articles/learned).
CREATE SEQUENCE "LearnedPairsRevision" START WITH 1;
