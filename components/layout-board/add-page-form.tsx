"use client";

// Adds a page (版) to the issue from the board: number, 版名, capacity.
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";

export function AddPageForm({
  next,
  disabled,
  onAdd,
}: {
  next: number;
  disabled: boolean;
  onAdd: (body: object) => Promise<void>;
}) {
  const t = useTranslations("layout");
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const capacity = String(data.get("capacity") ?? "").trim();
    void onAdd({
      number: Number(data.get("number")),
      name: String(data.get("name") ?? ""),
      capacity: capacity === "" ? null : Number(capacity),
    }).then(() => form.reset());
  };
  return (
    <form onSubmit={submit} className="desk-bar small" data-testid="add-page">
      <strong>{t("addPage")}</strong>
      <label className="inline-choice">
        {t("pageNumber")}{" "}
        <input
          name="number"
          type="number"
          min={1}
          max={999}
          defaultValue={next}
          key={next}
          required
          style={{ width: "5em" }}
        />
      </label>
      <label className="inline-choice">
        {t("pageName")}{" "}
        <input name="name" maxLength={20} style={{ width: "7em" }} />
      </label>
      <label className="inline-choice">
        {t("capacity")}{" "}
        <input name="capacity" type="number" min={1} style={{ width: "6em" }} />
      </label>
      <button type="submit" className="small secondary" disabled={disabled}>
        {t("add")}
      </button>
    </form>
  );
}
