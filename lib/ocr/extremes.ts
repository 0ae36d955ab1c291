// Smallest and largest of a list without spreading it into Math.min/max:
// a spread passes every item as an argument, and a page of hundreds of
// thousands of blocks or gaps overflows the call stack.

/** As Math.min(...values): Infinity for an empty list. */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) min = Math.min(min, v);
  return min;
}

/** As Math.max(...values): -Infinity for an empty list. */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v);
  return max;
}
