// One article's credits from everywhere they are printed: byline lines under
// the headline, the dateline (本报讯（记者 李四 通讯员 王五）), closing credits
// (（记者 李四）). A person already credited in the same role is not credited
// twice (■本报记者 张三 over 本报记者 张三 报道), whatever the label says.

import type { OcrByline } from "../types";

/** The credits of `groups` in order, each name once per role; a nameless credit (本报评论员) once per role and label. */
export function mergeBylines(
  ...groups: readonly (readonly OcrByline[])[]
): OcrByline[] {
  const merged: OcrByline[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    for (const byline of group) {
      if (byline.names.length === 0) {
        const key = `${byline.role}\u0000${byline.label}\u0000`;
        if (!seen.has(key)) merged.push({ ...byline, names: [] });
        seen.add(key);
        continue;
      }
      const names = byline.names.filter(
        (name) => !seen.has(`${byline.role}\u0001${name}`),
      );
      for (const name of names) seen.add(`${byline.role}\u0001${name}`);
      if (names.length > 0) merged.push({ ...byline, names });
    }
  }
  return merged;
}
