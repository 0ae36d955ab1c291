// Traditional characters folded to simplified ones, one for one, so that the
// words the segmenter looks for (記者/记者, 本報訊/本报讯, 圖為/图为, 要聞/要闻,
// 下轉/下转, 個/个) match on pages printed in either script. Only matching
// uses the folded text: what is stored (names, headlines, body) stays as
// printed, and since every pair is one UTF-16 unit for one, offsets found in
// the folded text hold in the printed one. Pure, below lib/jumps and lib/ocr.

const PAIRS =
  "報报訊讯記记員员攝摄責责編编輯辑對对圖图畫画繪绘製制評评論论實实習习見见約约體体電电華华網网視视聞闻線线轉转為为題题" +
  "綜综經经濟济會会際际內内時时專专廣广藝艺術术學学關关與与務务稅税農农業业鄉乡鎮镇區区縣县國国點点採采譯译續续" +
  "個个們们這这幾几兩两條条項项種种張张輛辆場场處处間间頭头隻只讓让從从給给將将還还過过於于並并戶户屆届讀读寫写" +
  "聽听說说認认談谈訪访週周號号開开發发動动產产來来樂乐歲岁萬万億亿陽阳歐欧諸诸馬马東东門门孫孙長长宮宫單单鍾钟" +
  "離离軒轩轅辕遲迟獨独臺台灣湾訂订組组節节據据稱称則则嗎吗麼么緊紧導导簡简覽览遞递錦锦審审設设計计覺觉" +
  // 瀏覽次數, 閱讀, 點擊, 發佈: web page metadata labels (web-meta-line.ts).
  "瀏浏數数閱阅擊击佈布";

const FOLD = new Map<number, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2)
  FOLD.set(PAIRS.charCodeAt(i), PAIRS.charAt(i + 1));

/**
 * `text` with the traditional characters that matter to segmentation
 * replaced by their simplified forms; same length, other characters untouched.
 */
export function foldTraditional(text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const simple = FOLD.get(text.charCodeAt(i));
    if (simple === undefined) continue;
    out ??= text.split("");
    out[i] = simple;
  }
  return out === null ? text : out.join("");
}
