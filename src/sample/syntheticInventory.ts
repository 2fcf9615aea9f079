/** Prefixes that vary synthetic names, so a large inventory is not just copies of the sample. */
const PREFIXES = [
  "",
  "Antrag ",
  "Änderung ",
  "Verlängerung ",
  "Auskunft ",
  "Ersatz ",
  "Online-",
  "Widerspruch ",
];

/**
 * A deterministic inventory of `rows` data rows built from a template (header + rows): names get a
 * varying prefix and a district suffix, IDs are renumbered. For the 3,000-row responsiveness test.
 */
export function syntheticInventory(template: readonly (readonly string[])[], rows: number): string[][] {
  const [header, ...body] = template;
  if (header === undefined || body.length === 0) return [];
  const nameColumn = Math.max(
    0,
    header.findIndex((h) => /teilprozess|bezeichnung|name|leistung/i.test(h)),
  );
  const result: string[][] = [[...header]];
  for (let i = 0; i < rows; i += 1) {
    const source = body[i % body.length] ?? [];
    const round = Math.floor(i / body.length);
    const line = [...source];
    line[0] = `S-${String(i + 1).padStart(5, "0")}`;
    const prefix = PREFIXES[round % PREFIXES.length] ?? "";
    line[nameColumn] =
      `${prefix}${source[nameColumn] ?? ""}${round >= PREFIXES.length ? ` (Bezirk ${Math.floor(round / PREFIXES.length)})` : ""}`;
    result.push(line);
  }
  return result;
}
