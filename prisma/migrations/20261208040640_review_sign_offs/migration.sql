-- AlterEnum
ALTER TYPE "IssueStatus" ADD VALUE 'SIGNED_OFF';

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "reviewChain" JSONB;

-- CreateTable
CREATE TABLE "PageSignOff" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "stepLabel" TEXT NOT NULL,
    "userId" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signedState" JSONB NOT NULL,
    "stateKey" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedCause" TEXT,
    "revokedArticleId" TEXT,
    "revokedById" TEXT,
    "revokedReason" TEXT,

    CONSTRAINT "PageSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageSignOff_issueId_pageId_step_idx" ON "PageSignOff"("issueId", "pageId", "step");

-- CreateIndex
CREATE INDEX "PageSignOff_pageId_revokedAt_idx" ON "PageSignOff"("pageId", "revokedAt");

-- AddForeignKey
ALTER TABLE "PageSignOff" ADD CONSTRAINT "PageSignOff_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageSignOff" ADD CONSTRAINT "PageSignOff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageSignOff" ADD CONSTRAINT "PageSignOff_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Sign-offs are revoked by the change itself, on every write path alike
-- (saves, repairs, find & replace, split, merge, restore, moves, imports):
-- a trigger per table that carries what a page shows. Hand-written.
CREATE FUNCTION "folio_revoke_sign_offs"(page_ids TEXT[], cause TEXT, article_id TEXT) RETURNS VOID
LANGUAGE sql AS $$
  UPDATE "PageSignOff"
     SET "revokedAt" = CURRENT_TIMESTAMP, "revokedCause" = cause, "revokedArticleId" = article_id
   WHERE "pageId" = ANY(page_ids) AND "revokedAt" IS NULL;
$$;

-- An article's printed text: kicker, headline, deck, dateline, body, rubric, or merged away.
CREATE FUNCTION "folio_article_revokes_sign_offs"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "folio_revoke_sign_offs"(
    ARRAY(SELECT "pageId" FROM "Placement" WHERE "articleId" = NEW."id"), 'CONTENT', NEW."id");
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_revokes_sign_offs" AFTER UPDATE ON "Article" FOR EACH ROW
WHEN (OLD."kicker" IS DISTINCT FROM NEW."kicker"
   OR OLD."headline" IS DISTINCT FROM NEW."headline"
   OR OLD."deck" IS DISTINCT FROM NEW."deck"
   OR OLD."dateline" IS DISTINCT FROM NEW."dateline"
   OR OLD."body" IS DISTINCT FROM NEW."body"
   OR OLD."rubric" IS DISTINCT FROM NEW."rubric"
   OR OLD."mergedIntoId" IS DISTINCT FROM NEW."mergedIntoId")
EXECUTE FUNCTION "folio_article_revokes_sign_offs"();

-- Bylines are printed too.
CREATE FUNCTION "folio_byline_revokes_sign_offs"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE article_id TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."articleId" ELSE NEW."articleId" END;
BEGIN
  PERFORM "folio_revoke_sign_offs"(
    ARRAY(SELECT "pageId" FROM "Placement" WHERE "articleId" = article_id), 'CONTENT', article_id);
  RETURN NULL;
END $$;

CREATE TRIGGER "Byline_revokes_sign_offs" AFTER INSERT OR UPDATE OR DELETE ON "Byline" FOR EACH ROW
EXECUTE FUNCTION "folio_byline_revokes_sign_offs"();

-- Which article parts a page carries, in which order, from which block.
CREATE FUNCTION "folio_placement_revokes_sign_offs"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "folio_revoke_sign_offs"(ARRAY[NEW."pageId"], 'LAYOUT', NULL);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "folio_revoke_sign_offs"(ARRAY[OLD."pageId"], 'LAYOUT', NULL);
  ELSE
    PERFORM "folio_revoke_sign_offs"(ARRAY[OLD."pageId", NEW."pageId"], 'LAYOUT', NULL);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Placement_revokes_sign_offs_on_write" AFTER INSERT OR DELETE ON "Placement" FOR EACH ROW
EXECUTE FUNCTION "folio_placement_revokes_sign_offs"();

CREATE TRIGGER "Placement_revokes_sign_offs_on_move" AFTER UPDATE ON "Placement" FOR EACH ROW
WHEN (OLD."pageId" IS DISTINCT FROM NEW."pageId"
   OR OLD."order" IS DISTINCT FROM NEW."order"
   OR OLD."part" IS DISTINCT FROM NEW."part"
   OR OLD."startBlock" IS DISTINCT FROM NEW."startBlock")
EXECUTE FUNCTION "folio_placement_revokes_sign_offs"();

-- Jump lines (下转/上接) are printed on both pages.
CREATE FUNCTION "folio_jump_revokes_sign_offs"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "folio_revoke_sign_offs"(ARRAY(
    SELECT "pageId" FROM "Placement" WHERE "id" IN (
      OLD."fromPlacementId", OLD."toPlacementId", NEW."fromPlacementId", NEW."toPlacementId")),
    'LAYOUT', NULL);
  RETURN NULL;
END $$;

CREATE TRIGGER "Jump_revokes_sign_offs" AFTER INSERT OR UPDATE OR DELETE ON "Jump" FOR EACH ROW
EXECUTE FUNCTION "folio_jump_revokes_sign_offs"();

-- The page's own furniture: its number, name, rubrics and furniture lines.
CREATE FUNCTION "folio_page_revokes_sign_offs"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "folio_revoke_sign_offs"(ARRAY[NEW."id"], 'LAYOUT', NULL);
  RETURN NULL;
END $$;

CREATE TRIGGER "Page_revokes_sign_offs" AFTER UPDATE ON "Page" FOR EACH ROW
WHEN (OLD."number" IS DISTINCT FROM NEW."number"
   OR OLD."name" IS DISTINCT FROM NEW."name"
   OR OLD."rubrics" IS DISTINCT FROM NEW."rubrics"
   OR OLD."furniture" IS DISTINCT FROM NEW."furniture")
EXECUTE FUNCTION "folio_page_revokes_sign_offs"();
