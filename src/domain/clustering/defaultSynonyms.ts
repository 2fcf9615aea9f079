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
  // Colloquial for the same ("Auto zulassen", "Nummernschild geklaut", "Mein Lappen ist weg").
  { from: "auto", to: "kraftfahrzeug" },
  { from: "nummernschild", to: "kennzeichen" },
  { from: "nummernschilder", to: "kennzeichen" },
  { from: "lappen", to: "führerschein" },
  { from: "knöllchen", to: "verwarnungsgeld" },
  { from: "strafzettel", to: "verwarnungsgeld" },
  { from: "fzg", to: "fahrzeug" },
  { from: "pkw", to: "personenkraftwagen" },
  { from: "lkw", to: "lastkraftwagen" },
  { from: "stvo", to: "straßenverkehr" },
  { from: "stvzo", to: "straßenverkehr zulassung" },
  { from: "fev", to: "fahrerlaubnis" },
  { from: "fuehrerschein", to: "führerschein" },
  { from: "kl", to: "klasse" },
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
  // Social benefits and youth services (SGB II/VIII/IX/XII). Written out as nouns: the words of an entry
  // can become label words, and an adjective ("Sozialpsychiatrischer") names nothing.
  { from: "grusi", to: "grundsicherung" },
  { from: "hlu", to: "hilfe lebensunterhalt" },
  { from: "hzp", to: "hilfe pflege" },
  { from: "hze", to: "hilfe erziehung" },
  { from: "egh", to: "eingliederungshilfe" },
  { from: "asylblg", to: "asylbewerberleistung" },
  { from: "wog", to: "wohngeld" },
  { from: "wogg", to: "wohngeld" },
  { from: "wbs", to: "wohnberechtigungsschein" },
  { from: "spdi", to: "sozialpsychiatrie dienst" },
  { from: "spfh", to: "familienhilfe" },
  { from: "jgh", to: "jugendgerichtshilfe" },
  { from: "psychkg", to: "psychiatrie" },
  { from: "juschg", to: "jugendschutz" },
  // Laws by their usual abbreviation: the matter they regulate
  { from: "gewo", to: "gewerbe" },
  { from: "gastg", to: "gaststätte" },
  { from: "waffg", to: "waffe" },
  { from: "wbk", to: "waffenbesitzkarte" },
  { from: "bjagdg", to: "jagd" },
  { from: "sprengg", to: "sprengstoff" },
  { from: "tierschg", to: "tierschutz" },
  { from: "bnatschg", to: "naturschutz" },
  { from: "krwg", to: "kreislaufwirtschaft abfall" },
  { from: "trinkwv", to: "trinkwasser" },
  { from: "btmg", to: "betäubungsmittel" },
  { from: "stag", to: "staatsangehörigkeit" },
  { from: "aufenthg", to: "aufenthalt" },
  { from: "pstg", to: "personenstand" },
  { from: "pauswg", to: "personalausweis" },
  { from: "owig", to: "ordnungswidrigkeit" },
  { from: "owi", to: "ordnungswidrigkeit" },
  { from: "estg", to: "einkommensteuer" },
  { from: "bauo", to: "bauordnung" },
  { from: "lbo", to: "bauordnung" },
  { from: "nbauo", to: "bauordnung" },
  { from: "famg", to: "familiengericht" },
  // Abbreviations an office writes in its own inventory (Ausländerbehörde, Fahrerlaubnis- und
  // Zulassungsstelle, Gesundheitsamt, Umwelt): whole words only, so "NE" never matches inside a word.
  { from: "ae", to: "aufenthaltserlaubnis" },
  { from: "ne", to: "niederlassungserlaubnis" },
  { from: "eat", to: "aufenthaltstitel" },
  { from: "sta", to: "staatsangehörigkeit" },
  { from: "fe", to: "fahrerlaubnis" },
  { from: "fzf", to: "fahrerlaubnis fahrgastbeförderung" },
  // The vehicle's papers: both parts of "Zulassungsbescheinigung" are procedure words, so it names its subject.
  { from: "zb", to: "zulassungsbescheinigung fahrzeug" },
  { from: "efp", to: "feuerwaffenpass" },
  { from: "hp", to: "heilpraktiker" },
  { from: "tb", to: "tuberkulose" },
  { from: "seu", to: "schuleingangsuntersuchung" },
  { from: "wea", to: "windenergieanlage" },
  { from: "lsg", to: "landschaftsschutzgebiet" },
  { from: "asp", to: "schweinepest" },
  // Other well-known abbreviations of administrative matters
  { from: "vhs", to: "volkshochschule" },
  { from: "mpu", to: "fahreignung untersuchung" },
  { from: "kba", to: "kraftfahrt bundesamt" },
  { from: "öpnv", to: "nahverkehr" },
  { from: "öbvi", to: "vermessung" },
  // Subject families: specific words keep their own meaning and gain the general subject, so processes
  // about the same matter group even when their names share no word (Sperrmüll, Altpapier → Abfall).
  ...family("abfall", [
    "müll",
    "sperrmüll",
    "altpapier",
    "bioabfall",
    "abfallbehälter",
    "wertstoff",
    "restmüll",
    "papiertonne",
    "entsorgung",
  ]),
  ...family("schule", [
    "gymnasium",
    "realschule",
    "hauptschule",
    "gesamtschule",
    "grundschule",
    "berufsschule",
    "förderschule",
    "oberschule",
    "schulpflicht",
    "schulzeugnis",
  ]),
  ...family("führerschein", ["fahrerlaubnis", "fahrberechtigung"]),
  ...family("pass", ["reisepass", "kinderreisepass", "personalausweis", "passersatz"]),
  ...family("waffe", ["waffenschein", "waffenbesitzkarte", "munition", "schusswaffe"]),
  ...family("beruf", ["approbation", "berufserlaubnis", "berufsqualifikation", "facharzt", "fachärztin"]),
  ...family("ehe", ["eheschließung", "trauung", "lebenspartnerschaft", "eheurkunde", "scheidung"]),
  ...family("bau", ["bauantrag", "baugenehmigung", "bauvorbescheid", "abbruchgenehmigung", "bauvorhaben"]),
  ...family("hochschule", ["studium", "studiengang", "studienbewerber", "promotion", "universität"]),
];

/** Entries that add the general subject word to each specific word of a family. */
function family(subject: string, words: readonly string[]): SynonymEntry[] {
  return words.map((word) => ({ from: word, to: `${word} ${subject}` }));
}

/**
 * The replacement of a whole-word synonym, also for its plural or genitive in -s ("Autos", "des
 * Nummernschilds"), as German inflects short and borrowed words.
 */
export function wholeSynonym(whole: ReadonlyMap<string, string>, word: string): string | undefined {
  return (
    whole.get(word) ?? (word.length > 3 && word.endsWith("s") ? whole.get(word.slice(0, -1)) : undefined)
  );
}
