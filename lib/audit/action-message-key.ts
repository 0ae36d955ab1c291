// Where an action's words live in messages/*.json: under audit.actions, the
// action with "_" for "." (next-intl reads "." as nesting).

/** "issue.find-replace.undo" → "issue_find-replace_undo". */
export function actionMessageKey(action: string): string {
  return action.replaceAll(".", "_");
}
