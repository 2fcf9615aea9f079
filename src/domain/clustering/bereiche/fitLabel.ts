/** Longest label the overview shows (pane headings, report rows, chart categories). */
export const MAX_LABEL_LENGTH = 60;

/**
 * The label cut to at most `MAX_LABEL_LENGTH` characters at a word boundary, with "…" when cut;
 * a single over-long word is cut hard (rare: the pane and the report must not overflow).
 */
export function fitLabel(label: string, max = MAX_LABEL_LENGTH): string {
  const text = label.trim().replace(/\s+/g, " ");
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(" ");
  const cut = space > max / 3 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,:;–-]+$/u, "")}…`;
}
