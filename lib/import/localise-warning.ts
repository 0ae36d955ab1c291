// The importer's notes and warnings (OcrWarning.message) are written in
// English by the OCR pipeline, which is pure and has no locale; the import
// screen shows them in the editor's language (issue 13 item 9: "no METS:
// articles split where the layout shows headings" appeared in English in
// the Chinese interface). One pattern per message the pipeline writes; the
// test runs every fixture and every template through it, so a new English
// message without a translation fails there.

type Rule = [RegExp, (m: RegExpExecArray) => string];

const RULES: Rule[] = [
  [
    /^no METS: articles split where the layout shows headings$/,
    () => "没有 METS 文件：按版面上的标题拆分稿件",
  ],
  [
    /^no METS article on this page: articles split where the layout shows headings$/,
    () => "METS 中本版没有稿件：按版面上的标题拆分稿件",
  ],
  [
    /^(\d+) text block\(s\) not in any METS article; imported as articles split where the layout shows headings$/,
    (m) =>
      `${m[1]} 个文字块不属于任何 METS 稿件，已按版面上的标题拆分为稿件导入`,
  ],
  [/^no text found on this page$/, () => "本版没有找到文字"],
  [/^no article found on the page$/, () => "本版没有找到稿件"],
  [
    /^referenced by the METS but not ALTO; ignored$/,
    () => "METS 引用了此文件，但它不是 ALTO 文件，已忽略",
  ],
  [
    /^page (\S+) has no ALTO file; skipped$/,
    (m) => `第${m[1]}版没有 ALTO 文件，已跳过`,
  ],
  [
    /^article (.+) has no text blocks on any page; skipped$/,
    (m) => `稿件 ${m[1]} 在任何版面上都没有文字块，已跳过`,
  ],
  [
    /^articles refer to file\(s\) no page has \((.*)\); those parts are ignored$/,
    (m) => `稿件引用了没有对应版面的文件（${m[1]}），这些部分已忽略`,
  ],
  [
    /^(\d+) METS area\(s\) name block IDs not found in their ALTO file \((.*)\); ignored$/,
    (m) =>
      `${m[1]} 个 METS 区域引用的文字块 ID 在其 ALTO 文件中不存在（${m[2]}），已忽略`,
  ],
  [
    /^ORDERLABELs (.*) are not a page sequence; pages numbered by their scan ORDER \((.*)\) instead$/,
    (m) =>
      `ORDERLABEL ${m[1]} 不是连续的版次，改按扫描顺序 ORDER（${m[2]}）编排版次`,
  ],
  [
    /^(\d+) <Page> elements in one ALTO file; read as one page$/,
    (m) => `一个 ALTO 文件中有 ${m[1]} 个 <Page> 元素，按一个版面读取`,
  ],
  [
    /^ReadingOrder refers to (\d+) unknown ID\(s\) \((.*)\); ignored$/,
    (m) => `ReadingOrder 引用了 ${m[1]} 个未知 ID（${m[2]}），已忽略`,
  ],
  [
    /^skipped (\d+) file\(s\) that are not OCR text: (.*)$/,
    (m) => `跳过了 ${m[1]} 个不是 OCR 文本的文件：${m[2]}`,
  ],
  [
    /^not referenced by the METS file; ignored$/,
    () => "METS 文件未引用此文件，已忽略",
  ],
  [
    /^XML with root <(.*)> is neither ALTO nor METS; ignored$/,
    (m) => `根元素为 <${m[1]}> 的 XML 既不是 ALTO 也不是 METS，已忽略`,
  ],
  [
    /^cannot tell which page this is; the page number is left empty$/,
    () => "无法判断这是第几版，版次留空",
  ],
  [
    /^the (.+) says page (\d+); using page (\d+) as given$/,
    (m) =>
      `${SOURCES[m[1]!] ?? m[1]}写的是第${m[2]}版，按所填的第${m[3]}版导入`,
  ],
  [
    /^page (\d+) was given for (\d+) files; each file's page number is read from its name or content instead$/,
    (m) =>
      `所填的第${m[1]}版只适用于单个版面；本次有 ${m[2]} 个文件，各文件的版次按文件名或内容确定`,
  ],
  [
    /^front matter says page (\d+); using page (\d+)$/,
    (m) => `文件头信息写的是第${m[1]}版，按第${m[2]}版导入`,
  ],
  [
    /^unreadable byline kept as printed: (.*)$/,
    (m) => `无法识别的署名按原样保留：${m[1]}`,
  ],
  [
    /^jump marker (.*) dropped: the page number is unknown$/,
    (m) => `转版标记 ${m[1]} 已删除：不知道转到第几版`,
  ],
  [
    /^text before the first headline read as the rest of an article from another page$/,
    () => "第一个标题之前的文字视为从其他版转来的稿件的后续部分",
  ],
  [
    /^text after the jump marker (.*) kept in article (\d+)$/,
    (m) => `转版标记 ${m[1]} 之后的文字保留在第${m[2]}篇稿件中`,
  ],
  [
    /^Several articles jump to page (\d+) and their headlines do not say which continues where; the continuation at position (\d+) was joined by page order\. Check the jump\.$/,
    (m) =>
      `有多篇稿件转到第${m[1]}版，标题无法判断各自的接续；第${m[2]}篇接续部分按版面顺序连接，请检查转版`,
  ],
  [
    /^“(.*)” continues from page (\d+|undefined), which holds no open jump to page (\d+) yet; it will be linked when that page is imported\.$/,
    (m) =>
      `《${m[1]}》上接第${m[2]}版，但该版还没有转到第${m[3]}版的稿件；导入该版时会自动连接`,
  ],
  [
    /^“(.*)” in the new OCR matches no article on the page; not imported, import it on its own\.$/,
    (m) => `新 OCR 中的《${m[1]}》与本版已有稿件都对不上，未导入，请单独导入`,
  ],
];

/** What `the ${source} says page N` names: where the page number was read. */
const SOURCES: Record<string, string> = {
  "file name": "文件名",
  "ALTO (PRINTED_IMG_NR)": "ALTO 文件（PRINTED_IMG_NR）",
};

const ARTICLE_PREFIX = /^article (\d+): (.*)$/s;

/**
 * The warning in zh-CN (an OcrWarning.message as the pipeline writes it), or
 * null when no rule knows it (the screen then shows the English text).
 */
export function warningInChinese(message: string): string | null {
  // Segmenting a page prefixes an article's own notes with "article N: ".
  const prefixed = ARTICLE_PREFIX.exec(message);
  const text = prefixed ? prefixed[2]! : message;
  for (const [pattern, render] of RULES) {
    const m = pattern.exec(text);
    if (m) return prefixed ? `第${prefixed[1]}篇：${render(m)}` : render(m);
  }
  return null;
}

/** The warning as the screen shows it in `locale` ("zh-CN" or "en"). */
export function localiseWarning(message: string, locale: string): string {
  return locale.startsWith("zh")
    ? (warningInChinese(message) ?? message)
    : message;
}
