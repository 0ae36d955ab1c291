"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { type DragEvent, useEffect, useRef, useState } from "react";

import { useHydrated } from "@/components/hydration/use-hydrated";
import type { ImportSummary } from "@/lib/import/import-document";
import type { EditedPageNotice } from "@/lib/import/list-edited-pages";
import type { ImportPreview as Preview } from "@/lib/import/summarise-document";

import { ImportPreview } from "./import-preview";
import { upload } from "./upload";

type IssueOption = { id: string; label: string };
type PublicationOption = { id: string; name: string };
type Phase = "idle" | "analysing" | "analysed" | "importing" | "done";

/**
 * The import screen's form. Its fields are uncontrolled and every request is
 * built from them (`new FormData(form)`), so what is sent is what the form
 * shows, also when the user typed before the page became interactive. No
 * issue is chosen for the user; the buttons wait for hydration.
 */
export function ImportForm({
  issues,
  publications,
}: {
  issues: IssueOption[];
  publications: PublicationOption[];
}) {
  const t = useTranslations("import");
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileNames, setFileNames] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [editedPages, setEditedPages] = useState<EditedPageNotice[]>([]);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [dragging, setDragging] = useState(false);

  // Files chosen before hydration are in the input already: show them.
  useEffect(
    () =>
      setFileNames(
        Array.from(fileInput.current?.files ?? []).map((f) => f.name),
      ),
    [],
  );

  /** Any change to the form makes an earlier preview stale. */
  function onFormChange() {
    setFileNames(Array.from(fileInput.current?.files ?? []).map((f) => f.name));
    setPreview(null);
    setEditedPages([]);
    setSummary(null);
    setError(null);
    setPhase("idle");
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    if (fileInput.current && e.dataTransfer.files.length) {
      fileInput.current.files = e.dataTransfer.files;
      onFormChange();
    }
  }

  /** The request body, read from the form's own fields; null (with a message) when a choice is missing. */
  function formData(): FormData | null {
    const data = new FormData(form.current!);
    const files = data
      .getAll("files")
      .filter((f): f is File => typeof f !== "string" && f.name !== "");
    data.delete("files");
    for (const f of files) data.append("files", f, f.name);
    const issue = String(data.get("issue") ?? "");
    const date = String(data.get("date") ?? "");
    const missing =
      files.length === 0
        ? t("chooseFiles")
        : !issue && !date
          ? t("chooseTarget")
          : issue && date
            ? t("chooseOneTarget")
            : null;
    if (missing) {
      setError(missing);
      return null;
    }
    return data;
  }

  async function send(step: "analyse" | "commit") {
    const data = formData();
    if (!data) return;
    setError(null);
    setProgress(0);
    setPhase(step === "analyse" ? "analysing" : "importing");
    try {
      const res = await upload<{
        preview?: Preview;
        editedPages?: EditedPageNotice[];
        summary?: ImportSummary;
      }>(`/api/import/${step}`, data, setProgress);
      if (!res.ok || "error" in res.body) {
        const err =
          "error" in res.body ? res.body.error : { file: null, message: "?" };
        setError(
          err.file
            ? t("fileError", { file: err.file, message: err.message })
            : err.message,
        );
        setPhase(step === "analyse" ? "idle" : "analysed");
        return;
      }
      if (res.body.preview) setPreview(res.body.preview);
      if (res.body.editedPages) setEditedPages(res.body.editedPages);
      if (res.body.summary) setSummary(res.body.summary);
      setPhase(step === "analyse" ? "analysed" : "done");
    } catch (e) {
      setError((e as Error).message);
      setPhase("idle");
    }
  }

  const busy = !hydrated || phase === "analysing" || phase === "importing";
  return (
    <form
      ref={form}
      method="post"
      onSubmit={(e) => e.preventDefault()}
      onChange={onFormChange}
      data-ready={hydrated}
    >
      <label htmlFor="issue">{t("existingIssue")}</label>
      <select
        id="issue"
        name="issue"
        defaultValue=""
        onChange={(e) => {
          // Choosing an issue replaces a typed date, so the form shows one choice.
          const date = form.current?.elements.namedItem("date");
          if (e.target.value && date instanceof HTMLInputElement)
            date.value = "";
        }}
      >
        <option value="">—</option>
        {issues.map((i) => (
          <option key={i.id} value={i.id}>
            {i.label}
          </option>
        ))}
      </select>
      {publications.length > 1 && (
        <>
          <label htmlFor="publication">{t("publication")}</label>
          <select
            id="publication"
            name="publication"
            defaultValue={publications[0]?.id}
          >
            {publications.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor="date">{t("newIssue")}</label>
      <input
        id="date"
        name="date"
        type="date"
        defaultValue=""
        onChange={(e) => {
          const issue = form.current?.elements.namedItem("issue");
          if (e.target.value && issue instanceof HTMLSelectElement)
            issue.value = "";
        }}
      />

      <label htmlFor="files">{t("files")}</label>
      <div
        className={`dropzone${dragging ? " active" : ""}`}
        onClick={() => fileInput.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        {fileNames.length ? fileNames.join("、") : t("dropHere")}
        <input
          ref={fileInput}
          id="files"
          name="files"
          type="file"
          multiple
          accept=".md,.markdown,.txt,.xml,.zip"
          hidden
        />
      </div>

      <label htmlFor="page">{t("page")}</label>
      <input
        id="page"
        name="page"
        inputMode="numeric"
        defaultValue=""
        size={4}
      />
      <label>
        <input type="checkbox" name="repair" value="off" /> {t("noRepair")}
      </label>
      <label>
        <input type="checkbox" name="replace" value="on" /> {t("replace")}
      </label>
      <label htmlFor="edited">{t("edited")}</label>
      <select id="edited" name="edited" defaultValue="refuse">
        <option value="refuse">{t("editedRefuse")}</option>
        <option value="skip">{t("editedSkip")}</option>
        <option value="revise">{t("editedRevise")}</option>
      </select>

      <p>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void send("analyse")}
        >
          {phase === "analysing" ? t("analysing") : t("analyse")}
        </button>{" "}
        <button
          type="button"
          disabled={busy || !preview || phase === "done"}
          onClick={() => void send("commit")}
        >
          {phase === "importing" ? t("importing") : t("confirm")}
        </button>
      </p>
      {(phase === "analysing" || phase === "importing") && (
        <p>
          <progress value={progress} max={100} />{" "}
          {t("progress", { percent: progress })}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {summary && (
        <p className="notice" data-testid="import-done">
          {t("done", {
            articles: summary.articleCount,
            pages: summary.pages.length,
          })}{" "}
          {summary.duplicates.length > 0 &&
            t("duplicates", { files: summary.duplicates.join("、") })}{" "}
          <Link href={`/desk/issues/${summary.issueId}`}>{t("openIssue")}</Link>
        </p>
      )}
      {preview && <ImportPreview preview={preview} editedPages={editedPages} />}
    </form>
  );
}
