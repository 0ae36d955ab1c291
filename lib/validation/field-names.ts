// What users call the fields of Folio's request and article schemas, in each
// interface language, so that a refused value is named in the reader's words
// ("标题超过 200 个字符"), never by its property name in the other language.

/** Property name → [zh-CN, en]. A name missing here reads as "此项" / "a field". */
export const FIELD_NAMES: Record<string, readonly [string, string]> = {
  // The article (lib/articles/article-snapshot.ts); newsroom terms as in README.
  snapshot: ["稿件", "the article"],
  kicker: ["引题", "kicker"],
  headline: ["标题", "headline"],
  deck: ["副题", "deck"],
  dateline: ["电头", "dateline"],
  rubric: ["栏目", "rubric"],
  genre: ["体裁", "genre"],
  bylines: ["署名", "bylines"],
  role: ["署名类别", "byline role"],
  label: ["署名前缀", "byline label"],
  name: ["名称", "name"],
  body: ["正文", "body"],
  content: ["内容", "content"],
  text: ["文字", "text"],
  marks: ["文字格式", "text marks"],
  attrs: ["格式属性", "attributes"],
  type: ["类型", "type"],
  // The desk's requests.
  baseVersion: ["所依据的版本", "base version"],
  version: ["版本", "version"],
  sessionId: ["编辑会话", "editing session"],
  reason: ["保存原因", "save reason"],
  detail: ["说明", "detail"],
  repairDecisions: ["修复决定", "repair decisions"],
  repairIds: ["修复项", "repairs"],
  repairId: ["修复项", "repair"],
  dismissSuggestions: ["忽略的建议", "dismissed suggestions"],
  status: ["状态", "status"],
  atBlock: ["拆分位置", "split position"],
  secondId: ["要合并的稿件", "article to merge"],
  articleId: ["稿件", "article"],
  leave: ["离开", "leave"],
  kind: ["种类", "kind"],
  // Find and replace.
  q: ["查询", "query"],
  query: ["查找内容", "search text"],
  replacement: ["替换为", "replacement"],
  replace: ["替换", "replace"],
  matchIds: ["匹配项", "matches"],
  caseSensitive: ["区分大小写", "case sensitivity"],
  // Issues, pages and the layout board.
  issue: ["期次", "issue"],
  date: ["日期", "date"],
  publication: ["报纸", "publication"],
  publicationId: ["报纸", "publication"],
  page: ["版次", "page"],
  pages: ["版面", "pages"],
  number: ["版次", "page number"],
  capacity: ["容量", "capacity"],
  fromPageId: ["原版面", "source page"],
  toPageId: ["目标版面", "target page"],
  placementId: ["版面位置", "placement"],
  fromPlacementId: ["转出位置", "jump source"],
  toPlacementId: ["转入位置", "jump target"],
  afterId: ["插入位置", "position"],
  jumpId: ["转版", "jump"],
  finding: ["检查结果", "finding"],
  entityId: ["对象", "item"],
  input: ["输入", "input"],
  repair: ["自动修复", "automatic repair"],
  // Sign-in.
  email: ["邮箱", "email"],
  password: ["密码", "password"],
};

/** The field a zod issue path points at, in `locale`: its last named segment, with the item number of a list. */
export function fieldName(
  path: readonly PropertyKey[],
  locale: "zh" | "en",
): string {
  const at = locale === "zh" ? 0 : 1;
  const named = [...path]
    .reverse()
    .find((p): p is string => typeof p === "string");
  const name = named === undefined ? undefined : FIELD_NAMES[named]?.[at];
  const last = path[path.length - 1];
  const item =
    typeof last === "number"
      ? locale === "zh"
        ? `第 ${last + 1} 项`
        : ` item ${last + 1}`
      : "";
  const base = name ?? (locale === "zh" ? "此项" : "a field");
  return locale === "zh"
    ? `${base}${item ? `的${item}` : ""}`
    : `${base}${item}`;
}
