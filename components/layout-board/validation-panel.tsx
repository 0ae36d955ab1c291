"use client";

// The issue's validation report, live on the board: each finding in the
// newsroom's words with a link to where to fix it, waived with a reason or
// not, and the button that sends the issue to review once nothing is open.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import type { LayoutIssue } from "@/lib/layout/layout-types";
import type { FindingTarget } from "@/lib/layout/validation/finding";
import type { ValidationReport } from "@/lib/layout/validation/validation-report";

import styles from "./layout-board.module.css";

export interface ValidationPanelProps {
  issue: LayoutIssue;
  report: ValidationReport;
  disabled: boolean;
  send: (
    method: "POST" | "DELETE",
    url: string,
    body?: unknown,
  ) => Promise<boolean>;
}

/** Where a finding is fixed: a card or page on this board, or the article on the correction desk. */
function hrefOf(target: FindingTarget): string {
  switch (target.kind) {
    case "part":
      return `#card-${target.placementId}`;
    case "page":
      return `#page-${target.pageNumber}`;
    case "unassigned":
      return `#card-article:${target.articleId}`;
    case "article":
      return `/desk/articles/${target.articleId}`;
  }
}

export function ValidationPanel({
  issue,
  report,
  disabled,
  send,
}: ValidationPanelProps) {
  const t = useTranslations("layout.validation");
  const [waiving, setWaiving] = useState<string | null>(null);
  const waive = async (e: FormEvent<HTMLFormElement>, finding: string) => {
    e.preventDefault();
    const reason = String(
      new FormData(e.currentTarget).get("reason") ?? "",
    ).trim();
    if (
      await send("POST", `/api/issues/${issue.id}/waivers`, { finding, reason })
    )
      setWaiving(null);
  };
  return (
    <section
      className={styles.report}
      data-testid="validation-report"
      aria-labelledby="validation-title"
    >
      <div className={styles.bar}>
        <h2 id="validation-title">{t("title")}</h2>
        <span className="muted" data-testid="validation-summary">
          {report.findings.length === 0
            ? t("clean")
            : t("summary", { open: report.open, waived: report.waived })}
        </span>
        {issue.status === "DRAFT" && (
          <button
            type="button"
            className="small"
            disabled={disabled || report.open > 0}
            onClick={() => void send("POST", `/api/issues/${issue.id}/review`)}
          >
            {t("submit")}
          </button>
        )}
      </div>
      <ul className={styles.findings}>
        {report.findings.map((f) => (
          <li
            key={f.key}
            className={`${styles.finding} ${f.waiver ? styles.findingWaived : ""}`}
            data-testid="finding"
            data-rule={f.rule}
          >
            <span className={styles.findingText}>
              {t(`rule.${f.rule}`, f.params)}
            </span>
            {f.target.kind === "article" ? (
              <Link href={hrefOf(f.target)}>{t("fix")}</Link>
            ) : (
              <a href={hrefOf(f.target)}>{t("fix")}</a>
            )}
            {f.waiver ? (
              <>
                <span className="small">
                  {t("waived", {
                    who: f.waiver.waivedBy ?? t("someone"),
                    reason: f.waiver.reason,
                  })}
                </span>
                <button
                  type="button"
                  className="linkish small"
                  disabled={disabled}
                  onClick={() =>
                    void send("DELETE", `/api/issues/${issue.id}/waivers`, {
                      finding: f.key,
                    })
                  }
                >
                  {t("unwaive")}
                </button>
              </>
            ) : waiving === f.key ? (
              <form
                onSubmit={(e) => void waive(e, f.key)}
                className="inline-choice"
              >
                <input
                  name="reason"
                  aria-label={t("reason")}
                  minLength={2}
                  maxLength={500}
                  required
                  autoFocus
                />
                <button type="submit" className="small" disabled={disabled}>
                  {t("waiveSubmit")}
                </button>
              </form>
            ) : (
              <button
                type="button"
                className="linkish small"
                disabled={disabled}
                onClick={() => setWaiving(f.key)}
              >
                {t("waive")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
