-- Revoked sign-offs are announced to open issue pages and boards (lib/events):
-- each revocation trigger ends here, so one NOTIFY covers content, byline,
-- placement, jump and page changes, whichever path made them. PostgreSQL
-- sends it on COMMIT only, and folds equal payloads of one transaction into one.
-- Written by hand: Prisma's schema knows nothing of functions.
CREATE OR REPLACE FUNCTION "folio_revoke_sign_offs"(page_ids TEXT[], cause TEXT, article_id TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE issue_id TEXT;
BEGIN
  FOR issue_id IN
    WITH revoked AS (
      UPDATE "PageSignOff"
         SET "revokedAt" = CURRENT_TIMESTAMP, "revokedCause" = cause, "revokedArticleId" = article_id
       WHERE "pageId" = ANY(page_ids) AND "revokedAt" IS NULL
       RETURNING "issueId")
    SELECT DISTINCT "issueId" FROM revoked
  LOOP
    PERFORM pg_notify('folio_events', json_build_object('type', 'issue.review', 'issueId', issue_id)::text);
  END LOOP;
END $$;
