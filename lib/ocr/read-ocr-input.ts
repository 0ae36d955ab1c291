// The importer's front door, in memory and pure: files (one page, a METS
// issue with its ALTO files, or a zip of either) in, an OcrDocument out.
// Every problem a user can fix is an ImportError naming the file.
import type { AltoPage } from "./alto/alto-page";
import { parseAlto } from "./alto/alto-parse";
import { altoToPage } from "./alto/alto-to-page";
import { appendAll } from "./append-all";
import { ImportError } from "./import-error";
import { isNonOcrFile, isSystemFile } from "./input/non-ocr-file";
import { pageNumberFromName } from "./input/page-number-from-name";
import { type InputFile, readInputFile } from "./input/read-input-file";
import {
  inflateZip,
  readZipDirectory,
  type ZipDirectory,
} from "./input/read-zip";
import { isZip } from "./input/sniff-binary";
import { UploadBudget } from "./input/upload-budget";
import { warnEmptyPages } from "./input/warn-empty-pages";
import { parseMets } from "./mets/mets-parse";
import { metsToPages } from "./mets/mets-to-pages";
import { segmentTextPage } from "./segment-text-page";
import type {
  OcrDocument,
  OcrFile,
  OcrPage,
  OcrRepair,
  OcrWarning,
} from "./types";
import { parseXml } from "./xml/parse-xml";

export interface OcrInput {
  /** Path relative to the upload ("alto/0001.xml" in a zip or directory). */
  name: string;
  bytes: Uint8Array;
}

export interface ReadOcrOptions {
  /**
   * Page number of a single text or ALTO page, as the user gives it: it wins
   * over the file name and the content. Unused for several pages and for METS,
   * whose own page numbers hold.
   */
  page: number | null;
  repair: boolean;
  /**
   * A text or ALTO page whose number neither the caller, its name nor its
   * content gives: "refuse" (the default; an import must know) throws an
   * ImportError asking for it, "warn" leaves the number null with a warning
   * (folio segment, which only shows what it read).
   */
  unknownPage?: "refuse" | "warn";
}

export function readOcrFiles(
  files: readonly OcrInput[],
  options: ReadOcrOptions,
): OcrDocument {
  const warnings: OcrWarning[] = [];
  const inputs = expand(files, warnings);
  if (inputs.length === 0) {
    throw new ImportError(
      "no-input",
      null,
      "No OCR files to import (text, Markdown, ALTO or METS)",
      "没有可导入的 OCR 文件（文本、Markdown、ALTO 或 METS）",
    );
  }
  const read = inputs.map((f) => readInputFile(f.name, f.bytes));
  const single = read.length === 1;
  if (!single && options.page !== null) {
    // The form's 版次 names one page; with several files it cannot say which.
    warnings.push({
      file: null,
      page: null,
      message: `page ${options.page} was given for ${read.length} files; each file's page number is read from its name or content instead`,
    });
  }
  const usable = read.filter((f) => keepOrSkip(f, single, warnings));
  const toFile = (f: InputFile): OcrFile => ({
    name: f.name,
    bytes: f.bytes,
    format: f.format as OcrFile["format"],
    encoding: f.encoding,
    checksum: f.checksum,
  });

  const mets = usable.filter((f) => f.format === "mets");
  if (mets.length > 1) {
    throw new ImportError(
      "mets",
      null,
      `Found ${mets.length} METS files (${mets.map((m) => m.name).join(", ")}); import one issue at a time`,
      `发现 ${mets.length} 个 METS 文件（${mets.map((m) => m.name).join("、")}）；请一次只导入一期`,
    );
  }
  const document: OcrDocument = { files: [], pages: [], repairs: [], warnings };
  if (mets[0]) {
    const metsFile = mets[0];
    const byName = new Map(usable.map((f) => [f.name, f]));
    const altos = new Map<string, AltoPage | null>();
    const result = metsToPages(
      {
        metsName: metsFile.name,
        issue: parseMets(metsFile.name, parseXml(metsFile.name, metsFile.text)),
        names: usable.map((f) => f.name),
        alto: (name) => {
          if (!altos.has(name)) {
            const f = byName.get(name);
            altos.set(
              name,
              f?.format === "alto"
                ? parseAlto(name, parseXml(name, f.text), options)
                : null,
            );
          }
          return altos.get(name) ?? null;
        },
      },
      options,
    );
    for (const f of usable) {
      if (result.used.has(f.name)) document.files.push(toFile(f));
      else
        warnings.push({
          file: f.name,
          page: null,
          message: "not referenced by the METS file; ignored",
        });
    }
    document.pages = result.pages;
    document.repairs = result.repairs;
    for (const warning of result.warnings) warnings.push(warning);
  } else {
    for (const f of usable) {
      const page = readPage(f, single, options, warnings);
      document.files.push(toFile(f));
      document.pages.push(page.page);
      for (const repair of page.repairs) document.repairs.push(repair);
    }
  }
  checkDistinctPages(document.pages);
  warnEmptyPages(document.pages, warnings);
  const order = (n: number | null) => n ?? Number.MAX_SAFE_INTEGER;
  document.pages.sort((a, b) => order(a.number) - order(b.number));
  document.repairs.sort((a, b) => order(a.page) - order(b.page));
  return document;
}

/**
 * Zips are opened (one level); non-OCR files riding along in a multi-file
 * input are skipped. Every archive's directory is read and the upload's
 * totals checked (UploadBudget) before any archive is inflated.
 */
function expand(
  files: readonly OcrInput[],
  warnings: OcrWarning[],
): OcrInput[] {
  const budget = new UploadBudget();
  const parts: (OcrInput | ZipDirectory)[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    // .docx and friends are zips too; only a .zip (or a name without extension) is opened.
    if (isZip(f.bytes) && /(\.zip|(^|\/)[^./]+)$/i.test(f.name)) {
      parts.push(readZipDirectory(f.name, f.bytes, budget));
    } else if (
      files.length > 1 &&
      (isNonOcrFile(f.name) || isSystemFile(f.name))
    ) {
      if (!isSystemFile(f.name)) skipped.push(f.name);
    } else {
      budget.addFile(f.bytes.length);
      parts.push(f);
    }
  }
  const out: OcrInput[] = [];
  for (const part of parts) {
    if (!("zipName" in part)) {
      out.push(part);
      continue;
    }
    const zip = inflateZip(part);
    appendAll(out, zip.files);
    appendAll(skipped, zip.skipped);
  }
  if (skipped.length > 0) {
    const list =
      skipped.slice(0, 5).join(", ") + (skipped.length > 5 ? ", …" : "");
    warnings.push({
      file: null,
      page: null,
      message: `skipped ${skipped.length} file(s) that are not OCR text: ${list}`,
    });
  }
  const names = new Set<string>();
  for (const f of out) {
    if (names.has(f.name))
      throw new ImportError(
        "duplicate",
        f.name,
        "this file name is given twice",
        "文件名重复",
      );
    names.add(f.name);
  }
  return out;
}

/** XML that is neither ALTO nor METS: an error on its own, skipped among others. */
function keepOrSkip(
  f: InputFile,
  single: boolean,
  warnings: OcrWarning[],
): boolean {
  if (f.format !== "other-xml") return true;
  // Too broken to find a root: let the XML reader say where.
  if (f.root === null) parseXml(f.name, f.text);
  const root = f.root ?? "?";
  if (single) {
    throw new ImportError(
      "unknown-format",
      f.name,
      `this XML (root <${root}>) is neither ALTO nor METS`,
      `该 XML 文件（根元素 <${root}>）既不是 ALTO 也不是 METS`,
    );
  }
  warnings.push({
    file: f.name,
    page: null,
    message: `XML with root <${root}> is neither ALTO nor METS; ignored`,
  });
  return false;
}

/**
 * One text or ALTO page. Its number is the page given when it is the only
 * file (the user said so), else the one in its file name, else the one in its
 * content (front matter, PRINTED_IMG_NR).
 */
function readPage(
  f: InputFile,
  single: boolean,
  options: ReadOcrOptions,
  warnings: OcrWarning[],
): { page: OcrPage; repairs: OcrRepair[] } {
  const missingPageNumber = (name: string, isSingle: boolean): null => {
    if (options.unknownPage !== "warn")
      return refuseUnknownPage(name, isSingle);
    warnings.push({
      file: name,
      page: null,
      message: "cannot tell which page this is; the page number is left empty",
    });
    return null;
  };
  const given = single ? options.page : null;
  const fromName = pageNumberFromName(f.name);
  const overruled = (source: string, number: number | null) => {
    if (given !== null && number !== null && number !== given) {
      warnings.push({
        file: f.name,
        page: given,
        message: `the ${source} says page ${number}; using page ${given} as given`,
      });
    }
  };
  overruled("file name", fromName);
  if (f.format === "alto") {
    const alto = parseAlto(f.name, parseXml(f.name, f.text), options);
    if (fromName === null)
      overruled("ALTO (PRINTED_IMG_NR)", alto.printedNumber);
    // PHYSICAL_IMG_NR orders the scans of a batch; a lone file's (nearly always 1) says nothing.
    const scanned = single ? null : (alto.physicalNumber ?? null);
    const number =
      given ??
      fromName ??
      alto.printedNumber ??
      scanned ??
      missingPageNumber(f.name, single);
    const result = altoToPage(alto, { page: number, repair: options.repair });
    for (const message of result.warnings)
      warnings.push({ file: f.name, page: number, message });
    return result;
  }
  const result = segmentTextPage(f.text, {
    page: given ?? fromName,
    repair: options.repair,
  });
  const number = result.page.number ?? missingPageNumber(f.name, single);
  for (const message of result.warnings)
    warnings.push({ file: f.name, page: number, message });
  return { page: { ...result.page, file: f.name }, repairs: result.repairs };
}

function refuseUnknownPage(name: string, single: boolean): never {
  if (single) {
    throw new ImportError(
      "page-number",
      name,
      "cannot tell which page this is: give the page number (--page N) or name the file like p01.md or 01版.txt",
      "无法确定这是第几版：请指定版次（--page N），或将文件命名为 p01.md、01版.txt 这样的形式",
    );
  }
  throw new ImportError(
    "page-number",
    name,
    "cannot tell which page this is: name the file like p01.md or 01版.txt",
    "无法确定这是第几版：请将文件命名为 p01.md、01版.txt 这样的形式",
  );
}

function checkDistinctPages(pages: readonly OcrPage[]): void {
  const seen = new Map<number, string>();
  for (const page of pages) {
    if (page.number === null) continue;
    const other = seen.get(page.number);
    if (other !== undefined) {
      throw new ImportError(
        "page-number",
        null,
        `${other} and ${page.file ?? "another file"} are both page ${page.number}`,
        `${other} 和 ${page.file ?? "另一个文件"} 都是第 ${page.number} 版`,
      );
    }
    seen.set(page.number, page.file ?? "?");
  }
}
