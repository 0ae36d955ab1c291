// Bylines (署名) as county papers print them: ■记者 林旭东 通讯员 王晨慧,
// （记者 张三）, 文/图 李四, ■本报评论员, （李四 摄）, spread over hard-break
// lines, and the desk credits at a page's foot (责任编辑：赵六 校对：钱七).
// A line is a byline only if it is nothing but labels and name-shaped tokens,
// so a sentence that happens to start with 记者 (记者了解到…) is rejected.
// Labels match in traditional characters too (本報記者, 通訊員); names stay as
// printed. English-language bylines (By Jane Doe) are read by
// parse-english-byline.ts.

import { foldTraditional } from "@/lib/chinese/fold-traditional";

import type { BylineRole, OcrByline } from "../types";
import { parseEnglishByline } from "./parse-english-byline";
import { tokenizeCredit } from "./tokenize-credit";

/** Printed labels, longest first so 本报记者 wins over 记者 and 文/图 over 文. */
const LABELS: readonly (readonly [string, BylineRole])[] = (
  [
    ["本报全媒体记者", "reporter"],
    ["本报融媒体记者", "reporter"],
    ["全媒体记者", "reporter"],
    ["融媒体记者", "reporter"],
    ["本报记者", "reporter"],
    // Agency credits: the agency goes with the label (新华社记者 王五 摄).
    ["新华社特约记者", "reporter"],
    ["新华社记者", "reporter"],
    ["中新社记者", "reporter"],
    ["中新网记者", "reporter"],
    ["人民日报记者", "reporter"],
    ["人民网记者", "reporter"],
    ["光明日报记者", "reporter"],
    ["经济日报记者", "reporter"],
    ["首席记者", "reporter"],
    ["特约记者", "reporter"],
    ["见习记者", "reporter"],
    ["实习记者", "reporter"],
    ["摄影记者", "photographer"],
    ["记者", "reporter"],
    ["撰文", "reporter"],
    ["文", "reporter"],
    ["本报通讯员", "correspondent"],
    ["特约通讯员", "correspondent"],
    ["通讯员", "correspondent"],
    ["本报评论员", "commentator"],
    ["特约评论员", "commentator"],
    ["评论员", "commentator"],
    ["实习生", "other"],
    ["见习生", "other"],
    ["摄影", "photographer"],
    ["图片", "photographer"],
    ["摄", "photographer"],
    ["图", "photographer"],
    // 文/图 says one person wrote and photographed: one credit, its label saying both.
    ["文/图", "reporter"],
    ["图/文", "reporter"],
    ["文图", "reporter"],
    ["图文", "reporter"],
    ["漫画", "illustrator"],
    ["插画", "illustrator"],
    ["插图", "illustrator"],
    ["绘图", "illustrator"],
    ["制图", "illustrator"],
    ["责任编辑", "editor"],
    ["责编", "editor"],
    ["编辑", "editor"],
    ["美编", "editor"],
    // Desk credits: with the editors above, page furniture when they close a page.
    ["本版编辑", "editor"],
    ["值班编辑", "editor"],
    ["美术编辑", "editor"],
    ["图片编辑", "editor"],
    ["版式设计", "editor"],
    ["版面设计", "editor"],
    ["视觉设计", "editor"],
    ["美术设计", "editor"],
    ["审读", "editor"],
    ["审校", "editor"],
    ["校审", "editor"],
    ["一审", "editor"],
    ["二审", "editor"],
    ["三审", "editor"],
    ["终审", "editor"],
    ["校对", "editor"],
    ["版式", "editor"],
    ["组版", "editor"],
    ["排版", "editor"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

const LABEL_ROLE = new Map<string, BylineRole>(LABELS);
const BULLET = /^[■●◆□▲◇○★☆▌▍■]+[ \u3000]*/;
const BRACKETED = /^[（(【[]([^（()）【】[\]]*)[）)】\]]$/;
/** Sentence punctuation: a line carrying it is running text, not a credit. */
const SENTENCE_PUNCT = /[。！？!?“”"《》]/;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
/** 阿依古丽·买买提, 皮埃尔·布莱: minority and transliterated foreign names. */
const DOTTED_NAME =
  /^\p{Script=Han}{1,8}(?:[·•・‧.．]\p{Script=Han}{1,8}){1,3}$/u;
/** Words printed after the names (张三 报道 / 李四 摄) rather than being names. */
const TRAILING_WORDS = new Set([
  "报道",
  "报导",
  "整理",
  "采写",
  "编译",
  "综合",
  "摄",
]);
/** 記者王小明／台北報導 (Taiwan, Hong Kong): the name, then the place it was reported from. */
const PLACE_REPORTED = /^(.+)[/／]\p{Script=Han}{0,4}(?:报道|报导)$/u;
/**
 * Characters that never stand in a Chinese name but are common in running
 * text: a label glued to such a "name" (记者了解到, 记者在现场) is a sentence,
 * not an unmarked credit (记者王芳).
 */
const NOT_IN_NAME =
  /[了的是在到说们这那把被着过从向对和与将已也都就还又称获悉看据报]/u;
/** 记者手记, 记者观察, 编辑部来信, 记者站: titles and words built on a label, never a label and a name. */
const LABELLED_COLUMN =
  /^(?:[部站组室处社团节证]|手记|观察|调查|探访|视角|走访|感言|札记|日记|笔记|随笔|来信|连线|直击|体验|一线|现场|眼中|镜头|故事|感悟|实录|见闻|追踪|蹲点|回访|暗访|亲历|热线|信箱|之家|风采|心声)/u;

/** A person's name as bylines print it: two to four Han characters, or dotted (阿依古丽·买买提); not a label. */
export function isName(token: string): boolean {
  const key = foldTraditional(token);
  return (
    (HAN_NAME.test(token) || DOTTED_NAME.test(token)) &&
    !LABEL_ROLE.has(key) &&
    !TRAILING_WORDS.has(key)
  );
}

/** A whole token that is a credit label of two characters or more (记者, 通讯员, 责任编辑); 文, 图, 摄 are too often plain words. */
export function isCreditLabel(token: string): boolean {
  return token.length >= 2 && LABEL_ROLE.has(foldTraditional(token));
}

/** 责任编辑：赵六 校对：钱七: every credit is the desk's (editing, proofreading, layout), none a writer's. */
export function isDeskCredit(bylines: readonly OcrByline[]): boolean {
  return (
    bylines.length > 0 && bylines.every((byline) => byline.role === "editor")
  );
}

/** The label `token` starts with, as printed (traditional or simplified); null when none. */
function matchLabel(token: string): string | null {
  const key = foldTraditional(token);
  for (const [label] of LABELS)
    if (key.startsWith(label)) return token.slice(0, label.length);
  return null;
}

function roleOfLabel(label: string): BylineRole | undefined {
  return LABEL_ROLE.get(foldTraditional(label));
}

/** Role words printed before a person label (摄影 记者 孙晓乐, 文/图 本报记者 俞佳): they say what that person did. */
const PREFIX_ROLES = new Set([
  "摄影",
  "图片",
  "文",
  "图",
  "文/图",
  "图/文",
  "文图",
  "图文",
  "漫画",
  "插画",
]);
/** Role words printed after the names (记者 王芳 文/图): they add to the credit's label. */
const SUFFIX_LABELS = new Set(["文/图", "图/文", "文图", "图文"]);
/** 林旭东/文 俞佳/图: a name with its own role after a slash. */
const SLASHED_NAME = /^(.+)[/／](文|图|摄)$/;
const PERSON_ROLES = new Set<BylineRole>([
  "reporter",
  "correspondent",
  "other",
]);
/**
 * The paper and date some e-paper exports glue to a byline: 本报记者 周明《示例日报》（2024年03月08日第 03 版）.
 * Only a 《title》 (perhaps with a bracketed date or page after it) or a bracketed date closing the line.
 */
const SOURCE_SUFFIX =
  /[ \u3000]*(?:《[^《》]{1,20}》(?:[ \u3000]*[（(][^（）()]{0,30}[）)])?|[（(][^（）()]*\d{4}年[^（）()]*[）)])[ \u3000]*$/;
const MAX_SOURCED_CREDIT_CHARS = 80;
/** 王亮摄: a photo credit with 摄 glued to the name (not 拍摄, 航摄: words). */
const GLUED_PHOTO_CREDIT = /^(\p{Script=Han}{1,3}[^拍航翻])[摄攝]$/u;

/** A whole token that is a person label (记者, 本报记者, 通讯员, 实习生), not a role word. */
function isPersonLabel(token: string | undefined): boolean {
  if (token === undefined) return false;
  const key = foldTraditional(token);
  const role = LABEL_ROLE.get(key);
  return (
    role !== undefined &&
    PERSON_ROLES.has(role) &&
    !PREFIX_ROLES.has(key) &&
    !SUFFIX_LABELS.has(key)
  );
}

/** A single character that may be part of a spaced name (王 芳): not a label or trailing word such as 文, 图, 摄. */
function isNameCharacter(token: string): boolean {
  const key = foldTraditional(token);
  return !LABEL_ROLE.has(key) && !TRAILING_WORDS.has(key);
}

/** Credit tokens, with names spaced per character or padded to align (欧 阳 明 月, 周  明) joined; see tokenize-credit.ts. */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  // 版式设计：陈 琳: the name after a colon may be padded like any other, so it is read apart from its label.
  for (let token of tokenizeCredit(
    line.replace(/([:：])(?=[^ \u3000\t])/g, "$1 "),
    isNameCharacter,
  )) {
    // 王小明／台北報導 (or 記者王小明／台北報導): the place the report came from is not part of the credit.
    const place = PLACE_REPORTED.exec(foldTraditional(token));
    if (place) token = token.slice(0, (place[1] ?? "").length);
    const glued = GLUED_PHOTO_CREDIT.exec(token);
    // 王亮摄: the name, then 摄 as if printed apart (王亮 摄).
    if (glued && isName(glued[1] ?? "")) tokens.push(glued[1] ?? "", "摄");
    else tokens.push(token);
  }
  return tokens;
}

/**
 * Parses a byline printed over one or more lines; null if any token is not a
 * label or a name. Stacked labels read as printed: 摄影 记者 孙晓乐 is a
 * photographer labelled "摄影 记者"; 记者 王芳 文/图 a reporter labelled
 * "记者 文/图"; 记者 林旭东/文 俞佳/图 two credits labelled 文 and 图.
 */
export function parseBylineLine(lines: string[]): OcrByline[] | null {
  const english =
    /^[^\p{Script=Han}]*\b(?:by|par|von|door|di|da|por|av|af)\b/iu.test(
      lines[0] ?? "",
    )
      ? parseEnglishByline(lines.map((line) => line.replace(BULLET, "")))
      : null;
  if (english !== null) return english;
  const result: OcrByline[] = [];
  let current: OcrByline | null = null;
  // Names read before any label: only a closing 摄 (李四 摄) makes them a credit.
  let unlabelled: string[] = [];

  for (const raw of lines) {
    let line = raw.trim();
    // A bullet or brackets mark a credit, so names printed flush against the label (■记者林旭东) are trusted.
    let marked = false;
    const bullet = BULLET.exec(line);
    if (bullet) {
      marked = true;
      line = line.slice(bullet[0].length);
    }
    // Only a line short enough to be a credit is searched for a glued-on source.
    if (line.length <= MAX_SOURCED_CREDIT_CHARS && /[《年]/.test(line))
      line = line.replace(SOURCE_SUFFIX, "");
    const bracketed = BRACKETED.exec(line);
    if (bracketed) {
      marked = true;
      line = (bracketed[1] ?? "").trim();
    }
    if (line === "") continue;
    if (SENTENCE_PUNCT.test(line)) return null;

    const lineStart = result.length;
    // 摄影 in 摄影 通讯员 褚燕 实习生 朱文静: the role of every person credited after it on the line.
    let prefix: { label: string; role: BylineRole } | null = null;
    const tokens = tokenize(line).filter(
      (token) => token !== ":" && token !== "：",
    );
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] ?? "";
      const key = foldTraditional(token);
      const next = tokens[t + 1];
      // 李四 摄, 王亮 摄影: names, then the photographer's label.
      if (
        (key === "摄" || (key === "摄影" && next === undefined)) &&
        unlabelled.length > 0
      ) {
        result.push({ role: "photographer", label: token, names: unlabelled });
        unlabelled = [];
        continue;
      }
      const closesNames =
        current !== null &&
        current.names.length > 0 &&
        (next === undefined || !isName(next));
      if (closesNames && (key === "摄" || SUFFIX_LABELS.has(key))) {
        // 记者 俞佳 通讯员 沈倩 文/图 (or 摄): the role word closes every credit named on the line.
        for (const entry of result.slice(lineStart)) {
          if (entry.names.length === 0 || entry.role === "editor") continue;
          if (key === "摄") entry.role = "photographer";
          else entry.label = `${entry.label} ${token}`;
        }
        continue;
      }
      if (
        TRAILING_WORDS.has(key) &&
        current !== null &&
        current.names.length > 0
      )
        continue;
      if (
        PREFIX_ROLES.has(key) &&
        unlabelled.length === 0 &&
        isPersonLabel(next)
      ) {
        prefix = { label: token, role: roleOfLabel(token) ?? "other" };
        continue;
      }
      const slashed = SLASHED_NAME.exec(key);
      if (slashed && current !== null && isName(slashed[1] ?? "")) {
        // 记者 林旭东/文 俞佳/图: each name carries its own role; the bare 记者 above them says no more.
        if (current.names.length === 0 && result[result.length - 1] === current)
          result.pop();
        const label = token.slice(-1);
        current = {
          role: roleOfLabel(label) ?? "other",
          label,
          names: [token.slice(0, (slashed[1] ?? "").length)],
        };
        result.push(current);
        continue;
      }
      const label = matchLabel(token);
      if (label !== null) {
        const role = roleOfLabel(label) ?? "other";
        const after = token.slice(label.length);
        const rest = after.replace(/^[:：/]/, "");
        // A name flush against the label (■记者林旭东) is trusted once the line is known to be a credit;
        // single-character labels glued to text are words (图为…), not credits.
        // Unmarked, a two-character label glued to a name (记者王芳 通讯员李华) is still a credit when the
        // "name" holds no character of running text (记者了解到 is a sentence).
        const glueAllowed =
          rest !== after ||
          (label.length > 1 &&
            (marked ||
              result.length > 0 ||
              (!NOT_IN_NAME.test(rest) &&
                !LABELLED_COLUMN.test(foldTraditional(rest)))));
        if (
          unlabelled.length === 0 &&
          (rest === "" || (glueAllowed && isName(rest)))
        ) {
          const stacked = prefix !== null && PERSON_ROLES.has(role);
          current = {
            role: stacked && prefix ? prefix.role : role,
            label:
              stacked && prefix && tokens[t - 1] === prefix.label
                ? `${prefix.label} ${label}`
                : label,
            names: rest === "" ? [] : [rest],
          };
          if (!stacked) prefix = null;
          result.push(current);
          continue;
        }
      }
      if (!isName(token)) return null;
      if (current === null) unlabelled.push(token);
      else current.names.push(token);
    }
  }

  if (result.length === 0 || unlabelled.length > 0) return null;
  for (const entry of result)
    if (entry.names.length === 0 && entry.role !== "commentator") return null;
  return result;
}

/**
 * □ 何文涛 on a commentary or literary page: a bullet and one name alone on
 * the line, the author with no label. Read only right under a headline or
 * deck (the caller's job), since a bulleted short word elsewhere is as often
 * a rubric. Role "other" with an empty label: the paper printed no role.
 */
export function parseBareAuthor(lines: readonly string[]): OcrByline[] | null {
  if (lines.length !== 1) return null;
  const line = (lines[0] ?? "").trim();
  const bullet = BULLET.exec(line);
  if (!bullet) return null;
  const tokens = tokenize(line.slice(bullet[0].length));
  const name = tokens[0] ?? "";
  if (tokens.length !== 1 || !HAN_NAME.test(name) || !isName(name)) return null;
  // 图为现场, 记者手记: a caption or column title, not a name.
  if (name.startsWith("图为") || (matchLabel(name)?.length ?? 0) >= 2)
    return null;
  return [{ role: "other", label: "", names: [name] }];
}
