// Folio's command line:
//   folio segment FILE [--page N] [--no-repair]      JSON on stdout, warnings on stderr
//   folio import PATH --date YYYY-MM-DD [--page N] [--replace] [--no-repair] [--publication SLUG]
//   folio --help                                      the commands, one line each
// Bad input: exit code 2 and one line on stderr. Other failures: exit code 1.
// Every exit path waits until stdout and stderr have drained: a pipe is
// written asynchronously, and process.exit() would cut it at 64 KiB.
import { parseArgs } from "node:util";

import { exitAfterFlush } from "./lib/exit-after-flush";

const USAGE =
  "usage: folio segment FILE [--page N] [--no-repair] | folio import PATH --date YYYY-MM-DD [--page N] [--replace] [--no-repair] [--publication SLUG] | folio --help";

const COMMANDS: [string, string][] = [
  [
    "segment FILE [--page N] [--no-repair]",
    "print as JSON what a page, METS issue, folder or zip segments into",
  ],
  [
    "import PATH --date YYYY-MM-DD [--page N] [--replace] [--no-repair] [--publication SLUG]",
    "store an issue's OCR pages",
  ],
  ["--help", "print this list"],
];

const HELP = `usage: folio COMMAND [options]\n\n${COMMANDS.map(([command, what]) => `  folio ${command}  — ${what}\n`).join("")}`;

class UsageError extends Error {}

function parsePage(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^[1-9]\d{0,2}$/.test(value))
    throw new UsageError(`--page must be a page number, got "${value}"`);
  return Number(value);
}

async function segment(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { page: { type: "string" }, "no-repair": { type: "boolean" } },
  });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { readOcrPath } = await import("@/lib/ocr/input/read-ocr-path");
  const { toCliJson } = await import("@/lib/ocr/to-cli-json");
  // Segmenting only shows what was read: a page nothing numbers prints "number": null, with a warning.
  const doc = await readOcrPath(positionals[0]!, {
    page: parsePage(values.page),
    repair: !values["no-repair"],
    unknownPage: "warn",
  });
  process.stdout.write(`${JSON.stringify(toCliJson(doc), null, 2)}\n`);
  for (const w of doc.warnings)
    process.stderr.write(
      `folio: warning: ${w.file ? `${w.file}: ` : ""}${w.message}\n`,
    );
}

async function importCommand(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: "string" },
      page: { type: "string" },
      replace: { type: "boolean" },
      "no-repair": { type: "boolean" },
      publication: { type: "string", default: "pinghu" },
    },
  });
  if (positionals.length !== 1 || !values.date) throw new UsageError(USAGE);
  const { readOcrPath } = await import("@/lib/ocr/input/read-ocr-path");
  const { importDocument } = await import("@/lib/import/import-document");
  const { parseIssueDate } = await import("@/lib/issues/parse-issue-date");
  parseIssueDate(values.date);
  const doc = await readOcrPath(positionals[0]!, {
    page: parsePage(values.page),
    repair: !values["no-repair"],
  });
  const { prepareDatabase } = await import("@/lib/setup/prepare-database");
  const { database } = await import("@/lib/db/client");
  await prepareDatabase((line) => console.error(line));
  const prisma = database().prisma;
  try {
    const publication = await prisma.publication.findUnique({
      where: { slug: values.publication },
    });
    if (!publication)
      throw new UsageError(`no publication with slug "${values.publication}"`);
    const summary = await importDocument(prisma, doc, {
      publicationId: publication.id,
      date: values.date,
      importedById: null,
      replaceUncorrected: values.replace ?? false,
    });
    const pages = summary.pages
      .map((p) => `${p.number}${p.replaced ? " (replaced)" : ""}`)
      .join(", ");
    console.log(
      `Imported ${summary.articleCount} article(s) on page(s) ${pages} into ${publication.name} ${values.date}: ` +
        `${summary.repairCount} repair(s), ${summary.jumpCount} jump(s).`,
    );
    for (const d of summary.duplicates)
      console.log(`Skipped ${d}: already imported.`);
    for (const w of summary.warnings)
      console.log(`Warning: ${w.file ? `${w.file}: ` : ""}${w.message}`);
  } finally {
    await database().close();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(HELP);
    return;
  }
  if (command === "segment") return segment(rest);
  if (command === "import") return importCommand(rest);
  throw new UsageError(USAGE);
}

main().then(
  () => exitAfterFlush(0),
  (e: unknown) => {
    const err = e as Error & { messageZh?: string; code?: string };
    const userFacing =
      e instanceof UsageError ||
      typeof err.messageZh === "string" ||
      ["DatabaseUnavailableError", "DataDirLockedError"].includes(err.name) ||
      err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ||
      err.code === "ENOENT";
    const detail =
      e instanceof Error ? (err.stack ?? err.message) : JSON.stringify(e);
    process.stderr.write(
      `folio: ${userFacing ? err.message.split("\n")[0] : detail}\n`,
    );
    exitAfterFlush(userFacing ? 2 : 1);
  },
);
