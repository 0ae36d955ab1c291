// Characters OCR reads one for another. Kept by hand: add a group when a
// proofreader meets a new confusion, with a comment on what tells them apart.
// A character here is never flagged on its own: find-confusable-words only
// suggests a swap when the dictionary finds the printed word unknown or rare
// and the swapped word common, so a generous list costs little precision.
// Client-safe (plain data).

/**
 * Look-alikes by shape: every character of a group can be misread as any
 * other of it. The comment says what differs.
 */
const LOOK_ALIKE_GROUPS: readonly string[] = [
  "己已巳", // the top-left stroke open, half-closed or closed
  "末未", // which horizontal is longer
  "木本术", // a base stroke, a dot
  "戊戌戍戎", // the stroke or dot inside
  "人入八", // which stroke leads, or whether they touch
  "士土", // which horizontal is longer
  "干千于午", // a tick on top, a hook at the foot
  "日曰目", // proportions; one or two inner strokes
  "大太犬丈", // a dot and where it sits
  "天夭夫", // the first stroke flat, bent, or poking through
  "王玉主", // a dot and where it sits
  "刀力刁刃", // the hook and the stroke through it, a dot
  "析折", // 木 or 扌
  "折拆", // the dot of 拆 (拆 and 析 differ on both sides: not a pair)
  "侯候", // the short vertical of 候
  "扳板", // 扌 or 木
  "壁璧", // 土 or 玉 under 辟
  "辩辨辫瓣", // 讠, 刂, 纟 or 瓜 between the two 辛
  "治冶", // 氵 or 冫
  "拔拨", // 犮 or 发
  "查杳", // 旦 or 日 under 木
  "今令", // the last stroke a dot or a bent vertical
  "田由甲申电", // where the vertical pokes out
  "厉历", // 万 or 力 under 厂
  "洒酒", // 西 or 酉
  "刺剌", // 朿 or 束
  "贝见", // the last strokes
  "初衫衬", // 刀, 彡 or 寸 after 衤
  "免兔", // the dot of 兔
  "乌鸟", // the dot of 鸟
  "鸣呜", // 鸟 or 乌 after 口
  "徒徙", // 走 or 止 on the right
  "崇祟", // 山 or 出 over 示
  "晴睛", // 日 or 目
  "白自", // one stroke more inside
  "旦且", // the inner strokes
  "毛手", // the top stroke and the hook
  "牛午", // the vertical pokes out or not
  "币市", // the dot on top
  "休体", // 木 or 本
  "住往", // 亻 or 彳
  "待侍", // 彳 or 亻
  "持特", // 扌 or 牜
  "径经", // 彳 or 纟
  "输偷愉", // 车, 亻 or 忄
  "刻劾", // 刂 or 力
  "竟竞", // 日 or 口 inside
  "嬴赢羸", // 女, 贝 or 羊 at the foot
  "准淮", // 冫 or 氵
  "设没", // 讠 or 氵
  "问间", // 口 or 日 inside 门
  "要耍", // 女 or 而 at the foot
  "季李", // 禾 or 木 on top
  "籍藉", // 竹 or 艹 on top
  "暮幕慕墓募", // what stands under 莫
  "茶荼", // one stroke more
  "斤斥", // the dot
  "母毋", // two dots or one stroke
  "亨享", // 了 or 子 at the foot
  "爪瓜", // the inner stroke
  "狠狼很", // 艮 or 良, 犭 or 彳
  "祖租", // 礻 or 禾
  "儿几凡", // the top stroke, the dot
  "丸九", // the dot
  "万方", // the dot
  "勿匆", // the inner stroke
  "史吏", // the top stroke
  "右石", // the first strokes
  "左在", // 工 or 土
  "肓盲", // 月 or 目
  "券卷", // 刀 or 㔾
  "苦若", // 古 or 右
  "壶壸", // 业 or 亚
  "炙灸", // 夕 or 久 on top
  "贷货", // 弋 or 匕
  "辛幸", // the top
  "戈弋", // the last stroke
  "代伐", // 弋 or 戈
  "冒胃", // 日 or 田 on top
  "子孑了", // the cross stroke
  "又叉", // the dot
  "心必", // the stroke through
  "扎札", // 扌 or 木
  "朴扑", // 木 or 扌
  "即既", // the right-hand part
  "劲动劫", // 巠, 云 or 去 before 力
  "拆柝", // 扌 or 木
  "汩汨", // 曰 or 日
  "祗祇", // the dot under 氏
  "王壬", // the top stroke slanted
  "土工", // the vertical pokes out
  "上止", // one stroke more
  "中申", // the box
  "广厂", // the dot
  "浙淅", // 折 or 析
  "宫官", // 吕 or 㠯
];

/**
 * Confusions our OCR made on real pages between characters that do not look
 * alike: sequence-model OCR (CTC/attention decoders) also substitutes what its
 * own language model finds likely, so some real errors are not visual.
 * [as printed, as meant, where it was seen]. Only this direction is suggested.
 */
const OBSERVED_PAIRS: readonly (readonly [string, string, string])[] = [
  // 平湖日报 2024-01 p1 (the seed page): “的干劲和斗志” was read as “的初劲和斗志”.
  ["初", "干", "pinghu-2024-01-p1"],
];

function buildTable(): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    const list = table.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    table.set(from, list);
  };
  for (const group of LOOK_ALIKE_GROUPS) {
    const chars = Array.from(group);
    for (const a of chars) for (const b of chars) add(a, b);
  }
  for (const [printed, meant] of OBSERVED_PAIRS) add(printed, meant);
  return table;
}

const TABLE = buildTable();

/** The characters `char` (one character) may have been misread for; empty when none is known. */
export function confusablesOf(char: string): readonly string[] {
  return TABLE.get(char) ?? [];
}
