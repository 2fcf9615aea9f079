/**
 * Fills `{name}` placeholders of a string from `strings.ts`. Numbers are formatted for the language
 * (German thousands separator), so "3000" reads "3.000". Unknown placeholders stay visible, which makes
 * a missing value obvious in tests instead of silently empty.
 */
export function formatText(
  template: string,
  values: Readonly<Record<string, string | number>>,
  locale = "de-DE",
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? value.toLocaleString(locale) : value;
  });
}
