-- The sign-off record outlives its page (hand-edited: the backfill and the trigger).

-- DropForeignKey
ALTER TABLE "PageSignOff" DROP CONSTRAINT "PageSignOff_pageId_fkey";

-- AlterTable: 版次 as signed, filled from the page for existing rows.
ALTER TABLE "PageSignOff" ADD COLUMN "pageNumber" INTEGER,
ALTER COLUMN "pageId" DROP NOT NULL;
UPDATE "PageSignOff" s SET "pageNumber" = p."number" FROM "Page" p WHERE p."id" = s."pageId";
ALTER TABLE "PageSignOff" ALTER COLUMN "pageNumber" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "PageSignOff" ADD CONSTRAINT "PageSignOff_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A deleted page's signatures are revoked first (its placements' triggers
-- may run after the foreign key has already cut them loose).
CREATE FUNCTION "folio_page_delete_revokes_sign_offs"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "folio_revoke_sign_offs"(ARRAY[OLD."id"], 'LAYOUT', NULL);
  RETURN OLD;
END $$;

CREATE TRIGGER "Page_delete_revokes_sign_offs" BEFORE DELETE ON "Page" FOR EACH ROW
EXECUTE FUNCTION "folio_page_delete_revokes_sign_offs"();
