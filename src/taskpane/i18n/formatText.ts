/**
 * One number format per locale: `toLocaleString` builds a new formatter on every call, which made the
 * Prüfen list's render of a few thousand counts take some 70 ms longer at 10,000 rows (`npm run bench:pane`).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

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
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}
