/**
 * Words that say little about the subject of a German administrative process. They are removed from
 * the similarity features, so "Wohngeld beantragen" and "Elterngeld beantragen" are compared on
 * "Wohngeld" and "Elterngeld" only. Procedure words (Verrichtungen of the LeiKa catalogue and the verbs
 * around them) are still shown in cluster labels ("Kraftfahrzeug: Zulassung, Abmeldung"); function
 * words never are. Both lists are editable; entries are normalised (lowercase, ß → ss) before use.
 *
 * Deliberately NOT listed: words that name a subject even though they sound procedural, e.g.
 * "Steuer", "Gebühr", "Zuschuss", "Beihilfe", "Förderung", "Ausweis", "Führerschein", "Geld".
 */
export const DEFAULT_PROCEDURE_WORDS: readonly string[] = [
  // Applying, filing, notifying
  "antrag",
  "anträge",
  "antrages",
  "antrags",
  "beantragen",
  "beantragung",
  "einreichen",
  "einreichung",
  "anmeldung",
  "anmelden",
  "abmeldung",
  "abmelden",
  "ummeldung",
  "ummelden",
  "meldung",
  "melden",
  "anzeige",
  "anzeigen",
  "mitteilung",
  "übermittlung",
  "abgabe",
  "vorlage",
  // Granting and refusing (LeiKa Verrichtungen)
  "erteilung",
  "neuerteilung",
  "genehmigung",
  "erlaubnis",
  "zulassung",
  "wiederzulassung",
  "bewilligung",
  "gewährung",
  "zuteilung",
  "zustimmung",
  "befreiung",
  "ausnahme",
  "ausnahmegenehmigung",
  "untersagung",
  "versagung",
  "widerruf",
  "rücknahme",
  "entziehung",
  "verzicht",
  "ablehnung",
  // Documents and records
  "ausstellung",
  "bescheinigung",
  "bescheid",
  "bestätigung",
  "nachweis",
  "urkunde",
  "eintragung",
  "löschung",
  "registrierung",
  "umschreibung",
  "berichtigung",
  "beurkundung",
  "beglaubigung",
  // Changes in time
  "änderung",
  "verlängerung",
  "erneuerung",
  "ersatz",
  "umtausch",
  "übertragung",
  "aussetzung",
  "stilllegung",
  "ausserbetriebsetzung",
  "einstellung",
  "beendigung",
  "kündigung",
  "wechsel",
  // Handling and information
  "auskunft",
  "einsicht",
  "akteneinsicht",
  "beratung",
  "information",
  "informationen",
  "prüfung",
  "überprüfung",
  "anerkennung",
  "feststellung",
  "festsetzung",
  "erstattung",
  "abrechnung",
  "zahlung",
  "bearbeitung",
  "durchführung",
  "erhebung",
  "steuererhebung",
  "vergabe",
  "abnahme",
  "aufnahme",
  "annahme",
  "anhörung",
  "beschluss",
  "entscheidung",
  "widerspruch",
  "verfahren",
  "leistung",
  "leistungen",
  "online",
  "formular",
  "elektronisch",
  "elektronische",
  "digital",
  "digitale",
  // The same procedures as citizens' service lists write them, as verbs ("Wunschkennzeichen
  // reservieren", "Sperrmüll-Abholung bestellen"): they say how, not what.
  ...["reservieren", "reservierung", "abholen", "abholung", "bestellen", "buchen", "buchung", "einholen"],
  ...["ausfüllen", "einrichten", "vormerken", "vormerkung", "zahlen", "bezahlen", "suchen", "finden"],
  ...["einsehen", "zurücksetzen", "anfordern", "anforderung", "erhalten", "ändern", "verlängern"],
  ...["erneuern", "ersetzen", "umschreiben", "beglaubigen", "beurkunden", "ausstellen", "erteilen"],
  ...["genehmigen", "befreien", "zulassen", "stilllegen", "kündigen", "prüfen", "überprüfen"],
  ...["anerkennen", "erstatten", "mitteilen", "übermitteln", "vorlegen", "löschen", "eintragen"],
  ...["registrieren", "berichtigen", "beenden", "wechseln", "beraten", "feststellen", "festsetzen"],
  ...["bewilligen", "gewähren", "zuteilen", "widerrufen", "verzichten", "abgeben", "einlegen"],
  ...["vereinbaren", "erklären", "nachweisen", "bescheinigen", "bestätigen", "informieren", "bekommen"],
];

/**
 * The noun a label shows for a procedure verb (or an inflected procedure noun), so that one cluster's
 * label does not read "Abgabe, Abmelden, Anmeldung": "Hund anmelden" and "Anmeldung eines Hundes" are
 * the same procedure. Used only when the noun is a word someone wrote or the catalogue knows (see
 * `buildLabelIndex`). Normalised like the procedure words.
 */
export const PROCEDURE_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    antrags: "antrag",
    antrages: "antrag",
    beantragen: "antrag",
    einreichen: "einreichung",
    anmelden: "anmeldung",
    abmelden: "abmeldung",
    ummelden: "ummeldung",
    melden: "meldung",
    anzeigen: "anzeige",
    mitteilen: "mitteilung",
    übermitteln: "übermittlung",
    abgeben: "abgabe",
    vorlegen: "vorlage",
    erteilen: "erteilung",
    genehmigen: "genehmigung",
    zulassen: "zulassung",
    bewilligen: "bewilligung",
    gewähren: "gewährung",
    zuteilen: "zuteilung",
    befreien: "befreiung",
    widerrufen: "widerruf",
    verzichten: "verzicht",
    ausstellen: "ausstellung",
    bescheinigen: "bescheinigung",
    bestätigen: "bestätigung",
    nachweisen: "nachweis",
    eintragen: "eintragung",
    löschen: "löschung",
    registrieren: "registrierung",
    umschreiben: "umschreibung",
    berichtigen: "berichtigung",
    beurkunden: "beurkundung",
    beglaubigen: "beglaubigung",
    ändern: "änderung",
    verlängern: "verlängerung",
    erneuern: "erneuerung",
    ersetzen: "ersatz",
    stilllegen: "stilllegung",
    beenden: "beendigung",
    kündigen: "kündigung",
    wechseln: "wechsel",
    einsehen: "einsicht",
    beraten: "beratung",
    informieren: "information",
    prüfen: "prüfung",
    überprüfen: "überprüfung",
    anerkennen: "anerkennung",
    feststellen: "feststellung",
    festsetzen: "festsetzung",
    erstatten: "erstattung",
    zahlen: "zahlung",
    reservieren: "reservierung",
    abholen: "abholung",
    bestellen: "bestellung",
    bezahlen: "bezahlung",
    buchen: "buchung",
    vormerken: "vormerkung",
    anfordern: "anforderung",
    vereinbaren: "vereinbarung",
    erklären: "erklärung",
    einrichten: "einrichtung",
    einholen: "einholung",
    suchen: "suche",
  }),
);

/**
 * Procedure words a label never shows as written: adverbs ("Online", "Elektronisch" say how, not
 * what), verbs without a noun in `PROCEDURE_NOUNS`, and "buchen", which capitalised in a label reads
 * as beech trees ("Ausbildungsförderung: Buchen"). A listed verb still shows as its noun when someone
 * wrote that noun or the catalogue knows it. Normalised like the procedure words.
 */
export const UNSHOWN_PROCEDURES: ReadonlySet<string> = new Set([
  ...["online", "elektronisch", "elektronische", "digital", "digitale", "ausfüllen", "finden"],
  ...["zurücksetzen", "erhalten", "einlegen", "bekommen", "buchen"],
]);

/** The German definite and indefinite articles, normalised. */
export const ARTICLES: readonly string[] = [
  ...["der", "die", "das", "den", "dem", "des"],
  ...["ein", "eine", "einer", "eines", "einem", "einen"],
];

/** Grammatical words and legal-citation noise; never shown in labels. */
export const DEFAULT_FUNCTION_WORDS: readonly string[] = [
  ...ARTICLES,
  "und",
  "oder",
  "bzw",
  "sowie",
  "für",
  "fuer",
  "von",
  "vom",
  "zu",
  "zum",
  "zur",
  "im",
  "in",
  "ins",
  "an",
  "am",
  "auf",
  "aus",
  "bei",
  "beim",
  "mit",
  "nach",
  "über",
  "ueber",
  "unter",
  "vor",
  "durch",
  "gegen",
  "ohne",
  "wegen",
  "als",
  "auch",
  "nicht",
  "sich",
  "so",
  "wie",
  "ob",
  "bis",
  "seit",
  "gem",
  "gemäss",
  "gemaess",
  "iv",
  "abs",
  "nr",
  "satz",
  "art",
  "ggf",
  "etc",
  "usw",
  "inkl",
  "einschl",
  "i",
  "v",
  "m",
  "s",
  "d",
  "u",
  "a",
  "z",
  "b",
  "neu",
  "neue",
  "neuer",
  "neues",
  // Negation, possessive and quantifying determiners ("Keine Wahlbenachrichtigung erhalten",
  // "Außerbetriebsetzung Ihres Kfz", "andere Größe"): they say nothing about the subject.
  ...["kein", "keine", "keinen", "keinem", "keiner", "keines"],
  ...["ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "mein", "meine", "meinen", "meinem", "meiner"],
  ...["meines", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"],
  ...["jede", "jeden", "jedem", "jeder", "jedes", "alle", "allen", "aller"],
  ...["andere", "anderen", "anderem", "anderer", "anderes", "eigene", "eigenen", "eigenem", "eigener"],
  "eigenes",
  "sonstige",
  "sonstiger",
  "allgemein",
  "allgemeine",
  // Auxiliary and modal verbs ("Pflegeeltern werden", "Kita-Platz finden lassen"): in a name in capitals,
  // where case cannot tell a verb from a noun, they would otherwise become label words.
  ...["werden", "wird", "worden", "sein", "ist", "sind", "haben", "hat", "lassen", "können", "kann"],
  ...["müssen", "muss", "möchte", "möchten", "wollen", "will", "sollen", "soll", "dürfen", "darf"],
  // Pronouns, question words and conjunctions of names written as residents ask ("Wie beantrage ich
  // einen Reisepass?", "Mahnung erhalten – was tun?", "Welche Unterlagen brauche ich?"), with the
  // verbs such questions are built with: they say nothing about the subject.
  ...["ich", "du", "er", "es", "wir", "sie", "man", "mich", "mir", "dich", "dir", "uns", "euch", "ihnen"],
  ...["was", "wer", "wen", "wem", "wo", "wann", "warum", "wieso", "weshalb", "woher", "wohin", "womit"],
  ...["wofür", "wozu", "welche", "welcher", "welches", "welchen", "welchem", "dass", "wenn", "falls"],
  ...["tun", "beachten", "brauche", "brauchen", "gibt", "geht", "nun"],
];

/** Default stop list: procedure words plus function words. */
export const DEFAULT_STOP_WORDS: readonly string[] = [...DEFAULT_PROCEDURE_WORDS, ...DEFAULT_FUNCTION_WORDS];

/** Endings of a verb's present and participle forms ("melde", "meldet", "beantragt"), longest first. */
const VERB_ENDINGS = ["est", "et", "st", "e", "t"];

/**
 * Whether the normalised `word` is a present or participle form of one of `verbs` (normalised
 * infinitives): the word with its ending replaced by -en is one ("melde", "Bekomme ich …?",
 * "beantragt"). Not by stem, which would also take nouns ("Bericht" for "berichtigen").
 */
export function isInflectedVerb(word: string, verbs: ReadonlySet<string>): boolean {
  return VERB_ENDINGS.some(
    (ending) =>
      word.length > ending.length + 2 &&
      word.endsWith(ending) &&
      verbs.has(`${word.slice(0, -ending.length)}en`),
  );
}
