/**
 * Appends items to target. Unlike target.push(...items), which passes every
 * item as an argument, it cannot overflow the call stack on a huge list
 * (a large page can produce hundreds of thousands of repairs).
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
