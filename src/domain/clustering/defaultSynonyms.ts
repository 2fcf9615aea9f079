/**
 * Default synonym / abbreviation table for German administrative process names. Editable by the user
 * (the task pane shows it); general German administrative abbreviations only, not tailored to one file.
 * `from` is matched as a whole word, or as a word prefix followed by at least three letters
 * ("Kfz-Steuer" and "Kfzsteuer" both become "Kraftfahrzeug Steuer"). Both sides are compared after
 * normalisation (lowercase, ß → ss), so the entries are written in plain lowercase.
 */
export interface SynonymEntry {
  readonly from: string;
  readonly to: string;
}

export const DEFAULT_SYNONYMS: readonly SynonymEntry[] = [
  // Vehicles and traffic
  { from: "kfz", to: "kraftfahrzeug" },
  { from: "fzg", to: "fahrzeug" },
  { from: "pkw", to: "personenkraftwagen" },
  { from: "lkw", to: "lastkraftwagen" },
  { from: "stvo", to: "strassenverkehr" },
  { from: "stvzo", to: "strassenverkehr zulassung" },
  { from: "fev", to: "fahrerlaubnis" },
  { from: "fuehrerschein", to: "führerschein" },
  // Children, family, education
  { from: "kita", to: "kindertagesstätte" },
  { from: "kitas", to: "kindertagesstätte" },
  { from: "bafög", to: "ausbildungsförderung" },
  { from: "bafoeg", to: "ausbildungsförderung" },
  { from: "uvg", to: "unterhaltsvorschuss" },
  { from: "beeg", to: "elterngeld" },
  // Housing and social benefits: colloquial names of the same benefit
  { from: "mietzuschuss", to: "wohngeld" },
  { from: "lastenzuschuss", to: "wohngeld" },
  { from: "alg", to: "arbeitslosengeld" },
  { from: "sgb", to: "sozialgesetzbuch" },
  { from: "but", to: "bildung teilhabe" },
  // Taxes
  { from: "ust", to: "umsatzsteuer" },
  { from: "est", to: "einkommensteuer" },
  { from: "gewst", to: "gewerbesteuer" },
  { from: "grst", to: "grundsteuer" },
  // Environment, building, health, law
  { from: "bimschg", to: "immissionsschutz" },
  { from: "baugb", to: "baugesetzbuch" },
  { from: "ifsg", to: "infektionsschutz" },
  { from: "dsgvo", to: "datenschutz" },
  { from: "biotonne", to: "bioabfall tonne" },
  { from: "perso", to: "personalausweis" },
  { from: "ausweis", to: "personalausweis" },
];
