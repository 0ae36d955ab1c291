// 审签 on the issue page: every page × every step of the paper's chain —
// who signed and when, a revoked signature with why and a link to the
// changes since, and 签 where the viewer may sign now. Rendered on the
// server from what the database holds; the forms re-render it.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatLocalDateTime } from "@/lib/i18n/local-time";
import type { ReviewGrid as Grid } from "@/lib/review/read-review";

import { SignForm, WithdrawForm } from "./sign-forms";

export async function ReviewGrid({
  grid,
  issueId,
  viewerId,
  viewerIsChief,
  timeZone,
}: {
  grid: Grid;
  issueId: string;
  viewerId: string;
  /** Chief editors may withdraw anyone's signature. */
  viewerIsChief: boolean;
  timeZone: string;
}) {
  const t = await getTranslations("review");
  const steps = grid.chain.steps;
  return (
    <section
      className="card"
      aria-labelledby="review-title"
      data-testid="review-grid"
    >
      <h2 id="review-title">
        {t("title")}{" "}
        <Link className="small" href={`/desk/issues/${issueId}/review`}>
          {t("record")}
        </Link>
      </h2>
      <p className="muted small">
        {t("chain", { name: grid.chain.name })} · {t("intro")}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t("page")}</th>
            {steps.map((s) => (
              <th key={s.key}>{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.pages.map((page) => (
            <tr
              key={page.pageId}
              data-testid="review-row"
              data-page={page.number}
            >
              <th scope="row">
                {page.number}
                {page.name ? ` ${page.name}` : ""}
              </th>
              {page.cells.map((cell, i) => {
                const step = steps[i]!;
                return (
                  <td
                    key={cell.step}
                    data-step={cell.step}
                    data-step-label={step.label}
                    data-testid="review-cell"
                  >
                    {cell.active ? (
                      <>
                        <span className="signed">
                          ✓{" "}
                          {t("signed", {
                            name: cell.active.signer ?? "—",
                            at: formatLocalDateTime(
                              cell.active.signedAt,
                              timeZone,
                            ),
                          })}
                        </span>
                        {grid.signing &&
                          (cell.active.signerId === viewerId ||
                            viewerIsChief) && (
                            <WithdrawForm
                              issueId={issueId}
                              signOffId={cell.active.id}
                            />
                          )}
                      </>
                    ) : (
                      <>
                        {cell.revoked && (
                          <div className="small revoked" data-testid="revoked">
                            {t("revoked")}（
                            {t(
                              `revokedCause.${cell.revoked.revokedCause ?? "CONTENT"}` as "revokedCause.CONTENT",
                            )}
                            ）{" "}
                            <Link
                              href={`/desk/issues/${issueId}/sign-offs/${cell.revoked.id}`}
                            >
                              {t("showDiff")}
                            </Link>
                          </div>
                        )}
                        {cell.signable ? (
                          <SignForm
                            issueId={issueId}
                            pageId={page.pageId}
                            step={cell.step}
                            stateKey={page.stateKey}
                            label={`${t("sign")} ${page.number} ${step.label}`}
                          />
                        ) : (
                          <span className="muted small">{t("waiting")}</span>
                        )}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
