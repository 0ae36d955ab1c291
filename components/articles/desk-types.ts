// Types the desk's client components share, taken from the server's answers.
import type { ArticleWritten } from "@/lib/articles/save-article";

export type DeskSuggestion = ArticleWritten["suggestions"][number];
export type DeskRepair = ArticleWritten["repairs"][number];
