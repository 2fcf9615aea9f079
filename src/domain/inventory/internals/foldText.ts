/**
 * Folds text for vocabulary matching: lower case, umlauts and their spellings "ae"/"oe"/"ue" folded to the
 * bare vowel, "ß" to "ss", punctuation to spaces, whitespace collapsed. "Schlüssel", "Schluessel" and
 * "Schlussel" all become "schlussel"; both sides of a comparison must be folded the same way.
 * @internal
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
