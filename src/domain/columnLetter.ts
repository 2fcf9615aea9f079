/** Excel column letters of a 0-based column index (0 → A, 25 → Z, 26 → AA). */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Column letters of a 1-based column number, as plans and sheet XML count columns (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  return columnLetter(col - 1);
}
