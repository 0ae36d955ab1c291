-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "IssueStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "PageStatus" AS ENUM ('DRAFT', 'IN_PROGRESS', 'PROOFREAD', 'SIGNED_OFF');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('IMPORTED', 'EDITING', 'PROOFREAD', 'APPROVED');

-- CreateEnum
CREATE TYPE "ArticleGenre" AS ENUM ('NEWS', 'COMMENTARY', 'INTERVIEW', 'FEATURE', 'PHOTO', 'BRIEF', 'OTHER');

-- CreateEnum
CREATE TYPE "BylineRole" AS ENUM ('REPORTER', 'CORRESPONDENT', 'PHOTOGRAPHER', 'ILLUSTRATOR', 'COMMENTATOR', 'EDITOR', 'OTHER');

-- CreateEnum
CREATE TYPE "OcrFormat" AS ENUM ('MARKDOWN', 'PLAIN_TEXT', 'ALTO', 'METS');

-- CreateEnum
CREATE TYPE "RepairKind" AS ENUM ('COLUMN_BREAK', 'PUNCTUATION', 'HYPHENATION', 'WHITESPACE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CHIEF_EDITOR', 'EDITOR', 'PROOFREADER', 'VIEWER');

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Issue" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "number" INTEGER,
    "status" "IssueStatus" NOT NULL DEFAULT 'DRAFT',
    "scheduledAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT,
    "status" "PageStatus" NOT NULL DEFAULT 'DRAFT',
    "furniture" TEXT[],
    "rubrics" TEXT[],
    "editorId" TEXT,
    "proofreaderId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "kicker" TEXT,
    "headline" TEXT NOT NULL,
    "deck" TEXT,
    "dateline" TEXT,
    "body" JSONB NOT NULL,
    "bodyText" TEXT NOT NULL,
    "genre" "ArticleGenre" NOT NULL DEFAULT 'NEWS',
    "status" "ArticleStatus" NOT NULL DEFAULT 'IMPORTED',
    "wordCount" INTEGER NOT NULL DEFAULT 0,
    "rubric" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "ocrSourceId" TEXT,
    "ocrText" TEXT,
    "ocrWords" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contributor" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Byline" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "contributorId" TEXT,
    "role" "BylineRole" NOT NULL,
    "label" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "Byline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "part" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Jump" (
    "id" TEXT NOT NULL,
    "fromPlacementId" TEXT NOT NULL,
    "toPlacementId" TEXT,
    "toPageNumber" INTEGER NOT NULL,
    "markerOut" TEXT NOT NULL,
    "markerIn" TEXT,

    CONSTRAINT "Jump_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OcrSource" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "pageId" TEXT,
    "fileName" TEXT NOT NULL,
    "format" "OcrFormat" NOT NULL,
    "encoding" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "checksum" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "importedById" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OcrSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Repair" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "kind" "RepairKind" NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "original" TEXT NOT NULL,
    "replacement" TEXT NOT NULL,
    "undone" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Repair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "authorId" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_slug_key" ON "Publication"("slug");

-- CreateIndex
CREATE INDEX "Issue_publicationId_status_date_idx" ON "Issue"("publicationId", "status", "date" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Issue_publicationId_date_key" ON "Issue"("publicationId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Page_issueId_number_key" ON "Page"("issueId", "number");

-- CreateIndex
CREATE INDEX "Article_issueId_idx" ON "Article"("issueId");

-- CreateIndex
CREATE INDEX "Article_ocrSourceId_idx" ON "Article"("ocrSourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Contributor_publicationId_name_key" ON "Contributor"("publicationId", "name");

-- CreateIndex
CREATE INDEX "Byline_articleId_order_idx" ON "Byline"("articleId", "order");

-- CreateIndex
CREATE INDEX "Byline_contributorId_idx" ON "Byline"("contributorId");

-- CreateIndex
CREATE INDEX "Placement_pageId_order_idx" ON "Placement"("pageId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_articleId_part_key" ON "Placement"("articleId", "part");

-- CreateIndex
CREATE UNIQUE INDEX "Jump_fromPlacementId_key" ON "Jump"("fromPlacementId");

-- CreateIndex
CREATE UNIQUE INDEX "Jump_toPlacementId_key" ON "Jump"("toPlacementId");

-- CreateIndex
CREATE INDEX "OcrSource_pageId_idx" ON "OcrSource"("pageId");

-- CreateIndex
CREATE UNIQUE INDEX "OcrSource_issueId_checksum_key" ON "OcrSource"("issueId", "checksum");

-- CreateIndex
CREATE INDEX "Repair_articleId_idx" ON "Repair"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_articleId_version_key" ON "Revision"("articleId", "version");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_proofreaderId_fkey" FOREIGN KEY ("proofreaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_ocrSourceId_fkey" FOREIGN KEY ("ocrSourceId") REFERENCES "OcrSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contributor" ADD CONSTRAINT "Contributor_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Byline" ADD CONSTRAINT "Byline_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Byline" ADD CONSTRAINT "Byline_contributorId_fkey" FOREIGN KEY ("contributorId") REFERENCES "Contributor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Jump" ADD CONSTRAINT "Jump_fromPlacementId_fkey" FOREIGN KEY ("fromPlacementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Jump" ADD CONSTRAINT "Jump_toPlacementId_fkey" FOREIGN KEY ("toPlacementId") REFERENCES "Placement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcrSource" ADD CONSTRAINT "OcrSource_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcrSource" ADD CONSTRAINT "OcrSource_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcrSource" ADD CONSTRAINT "OcrSource_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Repair" ADD CONSTRAINT "Repair_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- OcrSource keeps the imported file byte for byte: refuse any change to what
-- was imported (page and importer links may still be cleared on delete).
CREATE FUNCTION "folio_refuse_ocr_source_change"() RETURNS trigger AS $$
BEGIN
  IF NEW."content" IS DISTINCT FROM OLD."content"
     OR NEW."checksum" IS DISTINCT FROM OLD."checksum"
     OR NEW."fileName" IS DISTINCT FROM OLD."fileName"
     OR NEW."encoding" IS DISTINCT FROM OLD."encoding"
     OR NEW."format" IS DISTINCT FROM OLD."format"
     OR NEW."byteSize" IS DISTINCT FROM OLD."byteSize" THEN
    RAISE EXCEPTION 'OcrSource % is immutable', OLD."id";
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "OcrSource_immutable" BEFORE UPDATE ON "OcrSource"
  FOR EACH ROW EXECUTE FUNCTION "folio_refuse_ocr_source_change"();
