/**
 * Verrichtung codes (digits 9–11 of a LeiKa key) that mean the same catalogue-wide, for labels such as
 * "Kraftfahrzeug: Zulassung, Abmeldung". Codes not listed are shown by the words of the process name.
 */
export const LEIKA_VERRICHTUNGEN: Readonly<Record<string, string>> = {
  "001": "Erteilung",
  "003": "Stilllegung",
  "005": "Erlaubnis",
  "006": "Genehmigung",
  "007": "Zulassung",
  "011": "Änderung",
  "012": "Ausstellung",
  "014": "Meldung",
  "017": "Bewilligung",
  "020": "Verlängerung",
  "036": "Ersatz",
  "060": "Eintragung",
  "069": "Zuteilung",
  "070": "Abmeldung",
  "071": "Ummeldung",
  "080": "Gewährung",
  "104": "Anmeldung",
  "163": "Untersagung",
};

/** The Verrichtung of a valid 14-digit LeiKa key, or undefined (bare object "000" or unknown code). */
export function decodeVerrichtung(leikaKey: string): string | undefined {
  return LEIKA_VERRICHTUNGEN[leikaKey.slice(8, 11)];
}

/** True for a valid LeiKa key (`^99\d{12}$`). */
export function isLeikaKey(value: string | undefined): value is string {
  return value !== undefined && /^99\d{12}$/.test(value);
}
