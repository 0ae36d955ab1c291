import { describe, expect, it } from "vitest";

import { parseXml } from "../xml/parse-xml";
import { divTitle, readMetsTitles } from "./mets-titles";

const METS = `<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:mods="http://www.loc.gov/mods/v3">
  <mets:dmdSec ID="D1"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods>
    <mods:titleInfo type="alternative"><mods:title>Other</mods:title></mods:titleInfo>
    <mods:titleInfo><mods:nonSort>L'</mods:nonSort><mods:title>affaire   du
      port</mods:title></mods:titleInfo>
    <mods:relatedItem type="host"><mods:titleInfo><mods:title>Le Temps</mods:title></mods:titleInfo></mods:relatedItem>
  </mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>
  <mets:dmdSec ID="D2"><mets:mdWrap><mets:xmlData><mods:modsCollection><mods:mods><mods:titleInfo><mods:title>Sport</mods:title><mods:subTitle>le match</mods:subTitle></mods:titleInfo></mods:mods></mods:modsCollection></mets:xmlData></mets:mdWrap></mets:dmdSec>
  <mets:dmdSec ID="D3"><mets:mdWrap><mets:xmlData><mods:mods><mods:genre>article</mods:genre></mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>
</mets:mets>`;

describe("METS titles", () => {
  const titles = readMetsTitles(parseXml("mets.xml", METS));
  const div = (attrs: string) => parseXml("d.xml", `<div ${attrs}/>`);

  it("reads each MODS record's own title, nonSort and subTitle included", () => {
    expect([...titles]).toEqual([
      ["D1", "L'affaire du port"],
      ["D2", "Sport: le match"],
    ]);
  });

  it("titles a div by its first DMDID with a title, else by a LABEL that is not generic", () => {
    expect(
      divTitle(div('TYPE="ARTICLE" DMDID="D3 D2" LABEL="x"'), titles),
    ).toBe("Sport: le match");
    expect(
      divTitle(div('TYPE="ARTICLE" LABEL="Harbour plans approved"'), titles),
    ).toBe("Harbour plans approved");
    expect(divTitle(div('TYPE="ARTICLE" LABEL="Article"'), titles)).toBeNull();
    expect(
      divTitle(div('TYPE="ARTICLE" LABEL="[Ohne Titel]"'), titles),
    ).toBeNull();
    expect(divTitle(div('TYPE="ARTICLE"'), titles)).toBeNull();
  });
});
