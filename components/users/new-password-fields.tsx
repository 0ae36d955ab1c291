// A new password typed twice (the action compares them), with the policy
// in one line: for the invite page and 修改密码.
import { Fragment } from "react";

export function NewPasswordFields({
  idPrefix,
  name,
  labels,
}: {
  idPrefix: string;
  /** The field names: the password, and its repetition "confirmPassword". */
  name: string;
  labels: { password: string; confirm: string; hint: string };
}) {
  return (
    <>
      {[
        { id: `${idPrefix}-password`, name, label: labels.password },
        {
          id: `${idPrefix}-confirm`,
          name: "confirmPassword",
          label: labels.confirm,
        },
      ].map((field) => (
        <Fragment key={field.id}>
          <label htmlFor={field.id}>{field.label}</label>
          <input
            id={field.id}
            name={field.name}
            type="password"
            autoComplete="new-password"
            required
            maxLength={200}
            style={{ width: "100%" }}
          />
        </Fragment>
      ))}
      <p className="muted small">{labels.hint}</p>
    </>
  );
}
