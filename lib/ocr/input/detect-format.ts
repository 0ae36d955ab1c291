// Decides what kind of OCR input a decoded file is from its content: the XML
// root element for ALTO and METS (any namespace prefix, any version), Markdown
// marks for Markdown; the extension only settles .md files without marks.
import type { OcrFormat } from "../types";

export interface DetectedFormat {
  /** "other-xml" is XML that is neither ALTO nor METS (MODS, HTML …), or XML too broken to tell. */
  format: OcrFormat | "other-xml";
  /** Local name of the XML root element, lower-cased; null for text or when none was found. */
  root: string | null;
}

const MARKDOWN_MARKS =
  /^(?:#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*[ \t]*$|(?:-{3,}|\*{3,}|_{3,})[ \t]*$|>[ \t])/m;

/** The format of a decoded file: ALTO or METS by the XML root element (any prefix or version), else Markdown or plain text. */
export function detectFormat(name: string, text: string): DetectedFormat {
  const start = text.search(/\S/);
  if (start !== -1 && text.charCodeAt(start) === 0x3c /* < */) {
    const root = xmlRootName(text, start);
    if (root === "alto") return { format: "alto", root };
    if (root === "mets") return { format: "mets", root };
    return { format: "other-xml", root };
  }
  if (/\.(md|markdown|mdown)$/i.test(name) || MARKDOWN_MARKS.test(text))
    return { format: "markdown", root: null };
  return { format: "plain-text", root: null };
}

/** Skips the prolog (declaration, comments, PIs, DOCTYPE) and returns the root's local name. */
function xmlRootName(text: string, from: number): string | null {
  let i = from;
  let doctypes = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    if (text.startsWith("<?", i)) i = after(text, "?>", i);
    else if (text.startsWith("<!--", i)) i = after(text, "-->", i);
    // XML allows one DOCTYPE; refusing more keeps this scan linear on hostile input.
    else if (text.startsWith("<!", i))
      i = ++doctypes > 1 ? -1 : afterDoctype(text, i);
    else if (text.charAt(i) === "<") {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
      if (!m?.[1]) return null;
      const qname = m[1];
      return qname.slice(qname.indexOf(":") + 1).toLowerCase();
    } else return null;
    if (i < 0) return null;
  }
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

function afterDoctype(text: string, from: number): number {
  const close = text.indexOf(">", from);
  // Look for an internal subset only inside this declaration, not through the whole file.
  const bracket = close < 0 ? -1 : text.lastIndexOf("[", close);
  if (bracket >= from) {
    const end = text.indexOf("]", bracket);
    return end < 0 ? -1 : after(text, ">", end);
  }
  return close < 0 ? -1 : close + 1;
}
