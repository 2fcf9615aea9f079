/**
 * Splits a process name into words and normalises each: NFC, lowercase, ß → ss. Hyphens, slashes,
 * brackets and all other punctuation separate words (bracket content is kept), so "Kfz-Zulassung",
 * "Kfz/Zulassung" and "(Kfz) Zulassung" all give ["kfz", "zulassung"]. Umlauts are kept here (labels
 * show them); the stemmer folds them for comparison. Pure numbers are dropped: paragraph and article
 * numbers in names ("§ 59 Abs. 1") say nothing about the subject.
 */
export function splitWords(name: string): { readonly surface: string; readonly norm: string }[] {
  const words: { surface: string; norm: string }[] = [];
  for (const surface of name.normalize("NFC").split(/[^\p{L}\p{N}]+/u)) {
    if (surface === "" || /^\p{N}+$/u.test(surface)) continue;
    words.push({ surface, norm: normalizeWord(surface) });
  }
  return words;
}

/** Normalises one word (or a whole phrase) for comparison: NFC, lowercase, ß → ss. */
export function normalizeWord(word: string): string {
  return word.normalize("NFC").toLowerCase().replace(/ß/g, "ss");
}

/** The normalised name as one string of words separated by single spaces. */
export function normalizeName(name: string): string {
  return splitWords(name)
    .map((w) => w.norm)
    .join(" ");
}
