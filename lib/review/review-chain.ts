// A paper's review chain as data (issue 15 item 3): the steps every page of
// an issue is signed through before it may be published. The full chain is
// the Chinese press's 三审三校 (初审 by the page editor, 复审 by a deputy,
// 终审 by the chief editor; 一校/二校/三校 proofreading rounds), as the
// 《报纸出版管理规定》 and the 三审三校 rule of the 出版管理条例 practice
// describe it; a small paper may run a shorter chain. The last step is
// always 签发: the chief editor's (or duty chief's) signature on the page.
import type { Role } from "@prisma/client";
import { z } from "zod";

/** Roles that may sign the last step (签发). */
export const SIGNING_CHIEFS = [
  "CHIEF_EDITOR",
  "DUTY_CHIEF_EDITOR",
] as const satisfies readonly Role[];

/** Roles a step may name: the newsroom's, not authors or viewers. */
export const REVIEW_ROLES = [
  "CHIEF_EDITOR",
  "DUTY_CHIEF_EDITOR",
  "DEPUTY_EDITOR",
  "PAGE_EDITOR",
  "PROOFREADER",
] as const satisfies readonly Role[];

const stepSchema = z
  .object({
    /** Stable key the sign-offs name, e.g. "proof-1", "review-2". */
    key: z.string().regex(/^[a-z0-9-]{1,32}$/),
    /** What the newsroom calls it: 一校, 初审, 终审签发 … */
    label: z.string().trim().min(1).max(20),
    /** proof: a proofreading round (校); review: a review (审); final: 签发. */
    kind: z.enum(["proof", "review", "final"]),
    roles: z.array(z.enum(REVIEW_ROLES)).min(1),
    /** Keys of earlier steps whose signer may not sign this one. */
    distinctFrom: z.array(z.string()).default([]),
  })
  .strict();

export type ReviewStep = z.infer<typeof stepSchema>;

export const reviewChainSchema = z
  .object({
    name: z.string().trim().min(1).max(40),
    steps: z.array(stepSchema).min(1).max(12),
  })
  .strict()
  .superRefine((chain, ctx) => {
    const seen = new Set<string>();
    chain.steps.forEach((step, i) => {
      const path = ["steps", i];
      if (seen.has(step.key))
        ctx.addIssue({ code: "custom", path, message: "duplicate step key" });
      for (const other of step.distinctFrom)
        if (!seen.has(other))
          ctx.addIssue({
            code: "custom",
            path,
            message: `distinctFrom names "${other}", which is not an earlier step`,
          });
      seen.add(step.key);
      const last = i === chain.steps.length - 1;
      if ((step.kind === "final") !== last)
        ctx.addIssue({
          code: "custom",
          path,
          message: "the last step, and only the last, is the final 签发",
        });
      if (
        step.kind === "final" &&
        step.roles.some((r) => !(SIGNING_CHIEFS as readonly Role[]).includes(r))
      )
        ctx.addIssue({
          code: "custom",
          path,
          message: "签发 is signed by a chief editor or the duty chief editor",
        });
    });
  });

export type ReviewChain = z.infer<typeof reviewChainSchema>;

/** 三审三校: three proofreading rounds between three reviews, 签发 last. */
export const FULL_CHAIN: ReviewChain = {
  name: "三审三校",
  steps: [
    {
      key: "proof-1",
      label: "一校",
      kind: "proof",
      roles: ["PROOFREADER"],
      distinctFrom: [],
    },
    {
      key: "review-1",
      label: "初审",
      kind: "review",
      roles: ["PAGE_EDITOR"],
      distinctFrom: [],
    },
    {
      key: "proof-2",
      label: "二校",
      kind: "proof",
      roles: ["PROOFREADER"],
      distinctFrom: ["proof-1"],
    },
    {
      key: "review-2",
      label: "复审",
      kind: "review",
      roles: ["DEPUTY_EDITOR"],
      distinctFrom: ["review-1"],
    },
    {
      key: "proof-3",
      label: "三校",
      kind: "proof",
      roles: ["PROOFREADER"],
      distinctFrom: ["proof-2"],
    },
    {
      key: "final",
      label: "终审签发",
      kind: "final",
      roles: ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR"],
      distinctFrom: ["review-1", "review-2"],
    },
  ],
};

/** A small paper's chain: one proofreading, the page editor's review, 签发. */
export const SHORT_CHAIN: ReviewChain = {
  name: "一校一审签发",
  steps: [
    {
      key: "proof-1",
      label: "校对",
      kind: "proof",
      roles: ["PROOFREADER"],
      distinctFrom: [],
    },
    {
      key: "review-1",
      label: "初审",
      kind: "review",
      roles: ["PAGE_EDITOR", "DEPUTY_EDITOR"],
      distinctFrom: [],
    },
    {
      key: "final",
      label: "签发",
      kind: "final",
      roles: ["CHIEF_EDITOR", "DUTY_CHIEF_EDITOR"],
      distinctFrom: ["review-1"],
    },
  ],
};

export const CHAIN_PRESETS = { full: FULL_CHAIN, short: SHORT_CHAIN } as const;

/**
 * The chain stored on a publication (Publication.reviewChain); the full
 * chain when none is stored. A stored value that no longer validates
 * throws: it was written through setReviewChain, so that is a bug.
 */
export function chainOf(stored: unknown): ReviewChain {
  if (stored === null || stored === undefined) return FULL_CHAIN;
  return reviewChainSchema.parse(stored);
}

/** A page's active (not revoked) sign-offs, as signPage checks them. */
export interface ActiveSignOff {
  step: string;
  userId: string | null;
}

/** Why `userId` may not sign `stepKey` on a page now; null when they may. */
export type SignRefusal =
  | { kind: "unknown-step" }
  | { kind: "role"; roles: readonly Role[] }
  | { kind: "already-signed" }
  | { kind: "earlier-step-open"; step: ReviewStep }
  | { kind: "same-person"; step: ReviewStep };

/**
 * Whether `userId`, holding `held` roles on the paper, may sign `stepKey`
 * on a page whose active sign-offs are `active`: the step's role, every
 * earlier step signed, not signed already, and not by the signer of a step
 * it must be distinct from.
 */
export function signRefusal(
  chain: ReviewChain,
  stepKey: string,
  userId: string,
  held: readonly Role[],
  active: readonly ActiveSignOff[],
): SignRefusal | null {
  const index = chain.steps.findIndex((s) => s.key === stepKey);
  const step = chain.steps[index];
  if (!step) return { kind: "unknown-step" };
  if (!step.roles.some((r) => held.includes(r)))
    return { kind: "role", roles: step.roles };
  const signer = new Map(active.map((s) => [s.step, s.userId]));
  if (signer.has(step.key)) return { kind: "already-signed" };
  const open = chain.steps.slice(0, index).find((s) => !signer.has(s.key));
  if (open) return { kind: "earlier-step-open", step: open };
  const clash = step.distinctFrom
    .map((key) => chain.steps.find((s) => s.key === key)!)
    .find((s) => signer.get(s.key) === userId);
  if (clash) return { kind: "same-person", step: clash };
  return null;
}

/** Whether a page's active sign-offs cover every step of the chain. */
export function pageFullySigned(
  chain: ReviewChain,
  active: readonly ActiveSignOff[],
): boolean {
  const signed = new Set(active.map((s) => s.step));
  return chain.steps.every((s) => signed.has(s.key));
}

/** The final step (签发). */
export function finalStep(chain: ReviewChain): ReviewStep {
  return chain.steps.at(-1)!;
}
