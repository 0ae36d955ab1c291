// Page numbers as printed in jump markers and page headers: 2, ２, 二, 十二,
// 二十一, 两. Pure, below lib/jumps and lib/ocr, which both read them.

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses Arabic (half- or full-width) or Chinese numerals up to 99; null if not a number. */
export function parseChineseNumber(text: string): number | null {
  if (/^[0-9０-９]+$/.test(text)) {
    let value = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      value = value * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30);
    }
    return value;
  }
  const ten = text.indexOf("十");
  if (ten === -1) {
    // 一二 style (digit by digit) is how some papers print 12.
    let value = 0;
    for (const ch of text) {
      const digit = DIGITS[ch];
      if (digit === undefined) return null;
      value = value * 10 + digit;
    }
    return text.length > 0 ? value : null;
  }
  if (text.indexOf("十", ten + 1) !== -1) return null;
  const tensText = text.slice(0, ten);
  const unitsText = text.slice(ten + 1);
  const tens = tensText === "" ? 1 : DIGITS[tensText];
  const units = unitsText === "" ? 0 : DIGITS[unitsText];
  if (
    tens === undefined ||
    units === undefined ||
    tensText.length > 1 ||
    unitsText.length > 1
  )
    return null;
  return tens * 10 + units;
}
