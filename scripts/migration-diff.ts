// `npm run db:diff -- NAME`: writes the next migration from the difference
// between the schema as of the last migration (its schema.snapshot) and
// prisma/schema.prisma. `prisma migrate dev` needs a shadow database that
// the offline Wasm engine cannot provide; a schema-to-schema diff needs none.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { prismaCliEnv } from "./lib/ensure-prisma-client";
import { bin } from "./lib/run";

const DIR = path.join("prisma", "migrations");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- name_in_snake_case");
  process.exit(2);
}
const last = fs
  .readdirSync(DIR)
  .filter((d) => fs.existsSync(path.join(DIR, d, "migration.sql")))
  .sort()
  .at(-1);
const snapshot = last ? path.join(DIR, last, "schema.snapshot") : null;
const from =
  snapshot && fs.existsSync(snapshot)
    ? ["--from-schema-datamodel", snapshot]
    : ["--from-empty"];
const tmp = path.join(os.tmpdir(), `folio-diff-${process.pid}.sql`);
execFileSync(
  bin("prisma"),
  [
    "migrate",
    "diff",
    ...from,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
    "--output",
    tmp,
  ],
  { env: prismaCliEnv(), stdio: ["ignore", "inherit", "inherit"] },
);
const sql = fs.readFileSync(tmp, "utf8");
fs.rmSync(tmp, { force: true });
if (!sql || /^\s*(-- This is an empty migration\.)?\s*$/.test(sql)) {
  console.log("No schema changes since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = path.join(DIR, `${stamp}_${name}`);
fs.mkdirSync(target);
fs.writeFileSync(path.join(target, "migration.sql"), sql);
fs.copyFileSync("prisma/schema.prisma", path.join(target, "schema.snapshot"));
console.log(
  `Wrote ${target}/migration.sql — review it, then commit it with the schema.`,
);
