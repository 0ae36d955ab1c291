import type { CorrectionNote } from "@/lib/publishing/issue-snapshot";

/** An article's 更正 notes, oldest first, each with its date. */
export function CorrectionNotes({ notes }: { notes: CorrectionNote[] }) {
  if (notes.length === 0) return null;
  return (
    <aside className="notice" data-testid="correction-notes">
      {notes.map((n) => (
        <p key={`${n.version}-${n.date}`}>
          <strong>更正</strong> <time dateTime={n.date}>{n.date}</time> {n.note}
        </p>
      ))}
    </aside>
  );
}
