// Test helpers: OCR fixtures (fixtures/alto, fixtures/mets, fixtures/pages) as
// the in-memory inputs readOcrFiles takes, named as the importer would name them.
import fs from "node:fs";
import path from "node:path";

import { zipSync } from "fflate";

import type { OcrInput } from "@/lib/ocr/read-ocr-input";

const ROOT = path.resolve(__dirname, "../../fixtures");

export function fixturePath(relative: string): string {
  return path.join(ROOT, relative);
}

export function fixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(fixturePath(relative)));
}

export function fixtureText(relative: string): string {
  return fs.readFileSync(fixturePath(relative), "utf8");
}

/** One fixture file as an input, named by its base name. */
export function fixtureInput(relative: string): OcrInput {
  return { name: path.basename(relative), bytes: fixtureBytes(relative) };
}

/** Every file under a fixture directory, named by its path relative to that directory. */
export function fixtureDirInputs(relative: string): OcrInput[] {
  const dir = fixturePath(relative);
  const walk = (sub: string): string[] =>
    fs
      .readdirSync(path.join(dir, sub), { withFileTypes: true })
      .flatMap((e) => {
        const rel = sub ? `${sub}/${e.name}` : e.name;
        return e.isDirectory() ? walk(rel) : [rel];
      });
  return walk("")
    .sort()
    .map((name) => ({
      name,
      bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))),
    }));
}

/** A zip archive of the given inputs (deflated), as an upload would carry them. */
export function zipOf(inputs: readonly OcrInput[]): Uint8Array {
  return zipSync(Object.fromEntries(inputs.map((f) => [f.name, f.bytes])));
}
