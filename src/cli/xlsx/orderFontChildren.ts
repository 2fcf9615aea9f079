/**
 * ExcelJS writes the children of `<font>` in styles.xml in its own order (`color`, `family`, `scheme`,
 * `sz`, `name`); the Open XML schema (CT_Font, as Microsoft's Open XML SDK validator checks it) requires
 * `b, i, strike, condense, extend, outline, shadow, u, vertAlign, sz, color, name, family, charset,
 * scheme`. Excel opens either, but the validator reports each such font as an error. This puts them in
 * schema order; nothing else in the part changes.
 */

const FONT_CHILD_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

/** One child element: self-closing (`<sz val="11"/>`) or with content (`<color …></color>`). */
const CHILD = /<([A-Za-z]+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g;

/** styles.xml with the children of every `<font>` (fonts and differential formats) in schema order. */
export function orderFontChildren(stylesXml: string): string {
  return stylesXml.replace(/<font>([\s\S]*?)<\/font>/g, (whole, inner: string) => {
    const children = [...inner.matchAll(CHILD)].map((m) => ({ name: m[1] ?? "", xml: m[0] }));
    // Leave anything unexpected (text, unknown elements) exactly as it was.
    if (children.map((c) => c.xml).join("") !== inner.trim()) return whole;
    if (children.some((c) => !FONT_CHILD_ORDER.includes(c.name))) return whole;
    const sorted = [...children].sort(
      (a, b) => FONT_CHILD_ORDER.indexOf(a.name) - FONT_CHILD_ORDER.indexOf(b.name),
    );
    return `<font>${sorted.map((c) => c.xml).join("")}</font>`;
  });
}
