import { getLocale } from "next-intl/server";

import { actionMessageKey } from "@/lib/audit/action-message-key";
import { streamAuditCsv } from "@/lib/audit/audit-csv";
import { auditQueryFrom } from "@/lib/audit/audit-query";
import { publicationsWhere } from "@/lib/auth/policy";
import { routeHandler } from "@/lib/auth/route-handler";
import { db } from "@/lib/db/client";
import { csvResponse } from "@/lib/http/csv";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

export const dynamic = "force-dynamic";

/**
 * GET /api/audit/export?from=&to=&actor=&action=&entityType=&entityId=&paper=
 * → text/csv (UTF-8 with BOM), the audit events the user may see under the
 * same filters as /desk/audit, newest first, streamed. With `paper`, that
 * paper must be one the user reads the log of (else 403/404); without it,
 * an administrator gets every event, a chief editor their papers' events.
 */
export const GET = routeHandler({
  access: { action: "audit.view", on: "publication" },
  async run({ request, user, authorize }) {
    const query = auditQueryFrom(new URL(request.url).searchParams);
    const scope = publicationsWhere(user, "audit.view");
    if (query.paper)
      authorize({ kind: "publication", publicationId: query.paper });
    else if (scope === "all") authorize({ kind: "installation" });
    else
      for (const publicationId of scope)
        authorize({ kind: "publication", publicationId });
    const words = ((await getLocale()) === "en" ? en : zh).audit;
    const actions = words.actions as Record<string, string>;
    const body = streamAuditCsv(db(), scope, query, {
      label: (action) => actions[actionMessageKey(action)] ?? action,
      headers: Object.values(words.csvHeaders),
    });
    const day = new Date().toISOString().slice(0, 10);
    return csvResponse(body, `folio-audit-${day}.csv`);
  },
});
