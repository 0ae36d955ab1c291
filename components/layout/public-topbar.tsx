import { LocaleSwitch } from "./locale-switch";

/** The top bar of the pages for visitors who are not signed in (sign-in, invite). */
export function PublicTopbar() {
  return (
    <header className="topbar">
      <span className="brand">Folio</span>
      <span className="spacer" />
      <LocaleSwitch />
    </header>
  );
}
