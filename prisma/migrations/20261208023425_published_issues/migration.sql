-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "liveVersion" INTEGER;

-- CreateTable
CREATE TABLE "PublishedIssue" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "bytes" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "PublishedIssue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedIssue_issueId_version_key" ON "PublishedIssue"("issueId", "version");

-- AddForeignKey
ALTER TABLE "PublishedIssue" ADD CONSTRAINT "PublishedIssue_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedIssue" ADD CONSTRAINT "PublishedIssue_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
