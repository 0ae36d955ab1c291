"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState, type DragEvent } from "react";

import type { ImportSummary } from "@/lib/import/import-document";
import type { ImportPreview as Preview } from "@/lib/import/summarise-document";

import { ImportPreview } from "./import-preview";
import { upload } from "./upload";

type IssueOption = { id: string; date: string; publicationId: string; label: string };
type PublicationOption = { id: string; name: string };
type Phase = "idle" | "analysing" | "analysed" | "importing" | "done";

export function ImportForm({ issues, publications }: { issues: IssueOption[]; publications: PublicationOption[] }) {
  const t = useTranslations("import");
  const [files, setFiles] = useState<File[]>([]);
  const [publication, setPublication] = useState(issues[0]?.publicationId ?? publications[0]?.id ?? "");
  const [date, setDate] = useState(issues[0]?.date ?? "");
  const [page, setPage] = useState("");
  const [noRepair, setNoRepair] = useState(false);
  const [replace, setReplace] = useState(false);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function choose(list: FileList | null) {
    setFiles(list ? Array.from(list) : []);
    setPreview(null);
    setSummary(null);
    setError(null);
    setPhase("idle");
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    choose(e.dataTransfer.files);
  }

  function formData(): FormData | null {
    const missing = files.length === 0 ? t("chooseFiles") : !date ? t("chooseDate") : null;
    if (missing) {
      setError(missing);
      return null;
    }
    const form = new FormData();
    for (const f of files) form.append("files", f, f.name);
    form.set("date", date);
    form.set("publication", publication);
    form.set("page", page);
    form.set("repair", noRepair ? "off" : "on");
    form.set("replace", replace ? "on" : "off");
    return form;
  }

  async function send(step: "analyse" | "commit") {
    const form = formData();
    if (!form) return;
    setError(null);
    setProgress(0);
    setPhase(step === "analyse" ? "analysing" : "importing");
    try {
      const res = await upload<{ preview?: Preview; summary?: ImportSummary }>(`/api/import/${step}`, form, setProgress);
      if (!res.ok || "error" in res.body) {
        const err = "error" in res.body ? res.body.error : { file: null, message: "?" };
        setError(err.file ? t("fileError", { file: err.file, message: err.message }) : err.message);
        setPhase(step === "analyse" ? "idle" : "analysed");
        return;
      }
      if (res.body.preview) setPreview(res.body.preview);
      if (res.body.summary) setSummary(res.body.summary);
      setPhase(step === "analyse" ? "analysed" : "done");
    } catch (e) {
      setError((e as Error).message);
      setPhase("idle");
    }
  }

  const busy = phase === "analysing" || phase === "importing";
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="issue">{t("existingIssue")}</label>
      <select
        id="issue"
        value={issues.find((i) => i.date === date && i.publicationId === publication)?.id ?? ""}
        onChange={(e) => {
          const issue = issues.find((i) => i.id === e.target.value);
          if (issue) {
            setDate(issue.date);
            setPublication(issue.publicationId);
          }
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
          <select id="publication" value={publication} onChange={(e) => setPublication(e.target.value)}>
            {publications.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor="date">{t("newIssue")}</label>
      <input id="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />

      <label htmlFor="files">{t("files")}</label>
      <div
        className={`dropzone${dragging ? " active" : ""}`}
        onClick={() => input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        {files.length ? files.map((f) => f.name).join("、") : t("dropHere")}
        <input
          ref={input}
          id="files"
          type="file"
          multiple
          accept=".md,.markdown,.txt,.xml,.zip"
          hidden
          onChange={(e) => choose(e.target.files)}
        />
      </div>

      <label htmlFor="page">{t("page")}</label>
      <input id="page" inputMode="numeric" value={page} onChange={(e) => setPage(e.target.value)} size={4} />
      <label>
        <input type="checkbox" checked={noRepair} onChange={(e) => setNoRepair(e.target.checked)} /> {t("noRepair")}
      </label>
      <label>
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> {t("replace")}
      </label>

      <p>
        <button type="button" className="secondary" disabled={busy} onClick={() => void send("analyse")}>
          {phase === "analysing" ? t("analysing") : t("analyse")}
        </button>{" "}
        <button type="button" disabled={busy || !preview || phase === "done"} onClick={() => void send("commit")}>
          {phase === "importing" ? t("importing") : t("confirm")}
        </button>
      </p>
      {busy && (
        <p>
          <progress value={progress} max={100} /> {t("progress", { percent: progress })}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {summary && (
        <p className="notice" data-testid="import-done">
          {t("done", { articles: summary.articleCount, pages: summary.pages.length })}{" "}
          {summary.duplicates.length > 0 && t("duplicates", { files: summary.duplicates.join("、") })}{" "}
          <Link href={`/desk/issues/${summary.issueId}`}>{t("openIssue")}</Link>
        </p>
      )}
      {preview && <ImportPreview preview={preview} />}
    </form>
  );
}
