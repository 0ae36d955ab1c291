import fs from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { saveReasons, serverReasons } from "@/lib/articles/revision-reasons";
import { sourceFiles } from "@/lib/testing/source-files";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

import { actionMessageKey } from "./action-message-key";
import {
  auditActions,
  type AuditEventInput,
  auditEventSchema,
} from "./audit-event";
import { InvalidAuditEventError, parseAuditEvent } from "./record-audit";

const publish: AuditEventInput = {
  action: "issue.publish",
  entityType: "Issue",
  entityId: "i1",
  data: { version: 2, bytes: 1200, corrected: ["a1"], note: null },
};

describe("the audit event union", () => {
  it("accepts a well-formed event and keeps its data as typed", () => {
    const event = parseAuditEvent(publish, "p1");
    expect(event).toEqual(publish);
  });

  it.each([
    ["an unknown action", { ...publish, action: "issue.explode" }],
    ["the wrong entity type", { ...publish, entityType: "Article" }],
    ["a missing data field", { ...publish, data: { version: 2, bytes: 1 } }],
    [
      "a field of the wrong type",
      { ...publish, data: { ...publish.data, version: "2" } },
    ],
    [
      "an unknown data field",
      { ...publish, data: { ...publish.data, password: "x" } },
    ],
    ["an unknown top-level key", { ...publish, extra: 1 }],
    ["an empty entity id", { ...publish, entityId: "" }],
  ])("refuses %s", (_, event) => {
    expect(() => parseAuditEvent(event as never, "p1")).toThrow(
      InvalidAuditEventError,
    );
  });

  it("refuses a paper's event without its paper, and an installation event with one", () => {
    expect(() => parseAuditEvent(publish, null)).toThrow(/needs the paper/);
    const signIn = {
      action: "auth.sign-in.failed",
      entityType: "User",
      entityId: "u1",
      data: { reason: "password", addressGroup: "10.0.0.1" },
    } as const;
    expect(parseAuditEvent(signIn, null).action).toBe("auth.sign-in.failed");
    expect(() => parseAuditEvent(signIn, "p1")).toThrow(/takes no paper/);
  });

  it("has a variant for every revision reason an article version is written with", () => {
    for (const reason of [...saveReasons, ...serverReasons])
      expect(auditActions).toContain(`article.${reason}`);
  });

  it("has each action once, with its words in Chinese and English", () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
    for (const messages of [zh, en]) {
      const words = messages.audit.actions as Record<string, string>;
      const missing = auditActions.filter((a) => !words[actionMessageKey(a)]);
      expect(missing).toEqual([]);
    }
    expect(auditEventSchema.options.length).toBe(auditActions.length);
  });
});

/**
 * The action literals of lib/'s writers: `event.action` given to
 * recordAudit, the action argument of changeLayout, and `data.action` of the
 * raw creates still left in lib/publishing and submit-for-review. Actions
 * built from a revision reason (`article.${reason}`) are checked by type
 * (lib/articles/write-article-version.ts VersionAction) and by the test above.
 */
function writtenActions(): { action: string; where: string }[] {
  const found: { action: string; where: string }[] = [];
  // Constants naming an action (`export const SCHEDULE_ACTION = "issue.schedule"`), by name.
  const constants = new Map<string, string>();
  const literals = (node: ts.Node, where: string) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      found.push({ action: node.text, where });
    else if (ts.isIdentifier(node) && constants.has(node.text))
      found.push({ action: constants.get(node.text)!, where });
    else ts.forEachChild(node, (n) => literals(n, where));
  };
  const property = (obj: ts.Expression | undefined, name: string) =>
    obj && ts.isObjectLiteralExpression(obj)
      ? obj.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && p.name.getText() === name,
        )?.initializer
      : undefined;
  const lib = path.resolve(__dirname, "..");
  const sources = sourceFiles(lib)
    .filter((file) => !path.relative(lib, file).startsWith(`audit${path.sep}`))
    .map((file) =>
      ts.createSourceFile(
        file,
        fs.readFileSync(file, "utf8"),
        ts.ScriptTarget.Latest,
        true,
      ),
    );
  for (const source of sources)
    for (const statement of source.statements)
      if (ts.isVariableStatement(statement))
        for (const d of statement.declarationList.declarations)
          if (
            ts.isIdentifier(d.name) &&
            d.initializer &&
            ts.isStringLiteral(d.initializer)
          )
            constants.set(d.name.text, d.initializer.text);
  for (const source of sources) {
    const file = source.fileName;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText();
        const where = `${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        let action: ts.Expression | undefined;
        if (callee === "recordAudit" || callee === "parseAuditEvent") {
          const input = node.arguments[callee === "recordAudit" ? 1 : 0];
          action = property(
            callee === "recordAudit" ? property(input, "event") : input,
            "action",
          );
        } else if (callee === "changeLayout") action = node.arguments[3];
        else if (callee.endsWith("auditEvent.create"))
          action = property(property(node.arguments[0], "data"), "action");
        if (action) literals(action, where);
      }
      // An action handed to the writer through a rule object (lib/publishing/unpublish-issue.ts).
      if (
        writes &&
        ts.isPropertyAssignment(node) &&
        node.name.getText() === "action" &&
        ts.isStringLiteral(node.initializer)
      )
        found.push({ action: node.initializer.text, where: file });
      ts.forEachChild(node, visit);
    };
    const writes = /recordAudit\(|auditEvent\.create\(/.test(source.text);
    visit(source);
  }
  return found;
}

describe("the actions lib/ writes", () => {
  it("are every one a variant of the union", () => {
    const found = writtenActions().filter(
      (f, i, all) => all.findIndex((g) => g.action === f.action) === i,
    );
    // The walker sees the writers (a broken walker would find none and pass).
    expect(found.length).toBeGreaterThan(30);
    expect(found.map((f) => f.action)).toContain("layout.move");
    expect(found.map((f) => f.action)).toContain("learnedPair.reinstate");
    expect(found.map((f) => f.action)).toContain("issue.reopen");
    const unknown = found.filter(
      (f) => !(auditActions as readonly string[]).includes(f.action),
    );
    expect(unknown).toEqual([]);
  });

  it("cover the union: no variant is left that nothing writes", () => {
    const written = new Set(writtenActions().map((f) => f.action));
    const reasons = [...saveReasons, ...serverReasons].map(
      (r) => `article.${r}`,
    );
    const unwritten = auditActions.filter(
      (a) => !written.has(a) && !reasons.includes(a),
    );
    expect(unwritten).toEqual([]);
  });
});
