import type { MessageTable, Template } from "../types";

/** Codes of this area, prefixed "cluster.". */
type ClusteringCode =
  // Joining parts of one reason ("a; b", "a, b"); built by `joinReasons`.
  | "cluster.join.semicolon"
  | "cluster.join.comma"
  // Reasons of a cluster and of its members.
  | "cluster.singleton"
  | "cluster.singletonShort"
  | "cluster.similarNames"
  | "cluster.partsOnly"
  | "cluster.noLeikaKey"
  | "cluster.sameLeikaObject"
  | "cluster.sameLeikaGroup"
  | "cluster.sameOzg"
  | "cluster.sameOzgCatalogue"
  | "cluster.mostlyOzg"
  | "cluster.mostlyOzgCatalogue"
  | "cluster.mostlyLebenslage"
  | "cluster.mostlyLebenslageCatalogue"
  | "cluster.sameLebenslageCatalogue"
  | "cluster.mostlyFamily"
  | "cluster.oftenOzg"
  | "cluster.oftenOzgCatalogue"
  | "cluster.oftenLebenslage"
  | "cluster.oftenLebenslageCatalogue"
  | "cluster.oftenFamily"
  | "cluster.sameFamily"
  | "cluster.sameFachanwendung"
  | "cluster.sameLebenslage"
  | "cluster.sameThemenfeld"
  | "cluster.sharedTerms"
  | "cluster.loose"
  | "cluster.looseNames"
  | "cluster.looseSmall"
  | "cluster.looseSmallNames"
  | "cluster.similarNamesPiece"
  | "cluster.sharesNothing"
  | "cluster.termAll"
  | "cluster.termSome"
  | "cluster.leikaKey"
  | "cluster.leikaKeyVerrichtung"
  // Clusters and members that come from a reviewer's decision (lock, pin).
  | "cluster.assignedByReviewer"
  | "cluster.lockedCluster"
  | "cluster.lockedMember"
  | "cluster.proposedMember"
  | "cluster.decision"
  | "cluster.decisionPlus"
  // Column strategy.
  | "cluster.columnUnnamed"
  | "cluster.columnValue"
  | "cluster.columnValueSub"
  | "cluster.columnCoarse"
  | "cluster.columnSame"
  | "cluster.columnSameSub"
  | "cluster.columnBlank"
  // A row's match in the OZG catalogue.
  | "cluster.catalogueMatch"
  | "cluster.catalogueViaLeikaKey"
  | "cluster.catalogueViaLeikaObject"
  | "cluster.catalogueViaName"
  | "cluster.catalogueNearest"
  | "cluster.catalogueNoMatch"
  // Bereiche: why a cluster is in its Bereich, and how the Bereiche were formed.
  | "cluster.roleThemenfeld"
  | "cluster.roleLebenslage"
  | "cluster.bereichColumn"
  | "cluster.bereichCatalogue"
  | "cluster.bereichSimilarTopics"
  | "cluster.bereichNamedBy"
  | "cluster.bereichNamedByPlaced"
  | "cluster.bereichTopLebenslagen"
  | "cluster.bereichTopLebenslage"
  | "cluster.bereichTopItem"
  | "cluster.bereichByNames"
  | "cluster.bereichByNamesCatalogue"
  | "cluster.bereichNone"
  | "cluster.bereichNoCatalogueMatch"
  | "cluster.bereichColumnEmpty"
  | "cluster.bereichValued"
  | "cluster.bereichPlaced"
  | "cluster.bereichCreatedByReviewer"
  | "cluster.choiceOff"
  | "cluster.choiceColumn"
  | "cluster.choiceAutoColumn"
  | "cluster.choiceAutoCut"
  | "cluster.choiceCut"
  | "cluster.choiceNeither"
  | "cluster.choiceWithBasis"
  | "cluster.bereichTaskArea"
  | "cluster.bereichTaskAreaPlus"
  | "cluster.bereichTaskAreaNone"
  | "cluster.bereichTaskAreaAll"
  | "cluster.bereichTaskAreaWords"
  | "cluster.bereichWordItem"
  | "cluster.choiceTaskArea"
  | "cluster.choiceAutoTaskArea"
  | "cluster.choiceNoTaskAreas";

/**
 * "{reason} (alle 7 Prozesse)" / "({votes} von {size} Prozessen)"; nothing added for a cluster of one.
 * One shape for both languages: `all`, `of` and the plural noun(s) are the words that differ.
 */
const placedIn =
  (all: string, allNoun: string, of: string, ofNoun: string): Template =>
  (t, n) =>
    n["votes"] === n["size"]
      ? n["size"] === 1
        ? (t["reason"] ?? "")
        : `${t["reason"] ?? ""} (${all} ${t["size"] ?? ""} ${allNoun})`
      : `${t["reason"] ?? ""} (${t["votes"] ?? ""} ${of} ${t["size"] ?? ""} ${ofNoun})`;

const placedDe = placedIn("alle", "Prozesse", "von", "Prozessen");
const placedEn = placedIn("all", "processes", "of", "processes");

/**
 * Reasons of the clustering engine: clusters, members, Bereiche, catalogue matches. Parameters named
 * `value`, `word`, `key`, `header`, `label`, `ozg`, `lebenslage`, `service`, `verrichtung`, `sub` are
 * the user's data (or the catalogue's) and are shown as they are.
 */
export const clusteringMessages: MessageTable<ClusteringCode> = {
  de: {
    "cluster.join.semicolon": "{first}; {rest}",
    "cluster.join.comma": "{first}, {rest}",
    "cluster.singleton": "Einzelprozess: keine ausreichend ähnlichen Prozesse",
    "cluster.singletonShort": "Einzelprozess",
    "cluster.similarNames": "ähnlich geschriebene Namen (gemeinsame Wortteile)",
    "cluster.partsOnly": "ähnlich geschriebener Name (gemeinsame Wortteile mit den übrigen)",
    "cluster.noLeikaKey": "ohne LeiKa-Schlüssel, nach Namensähnlichkeit",
    "cluster.sameLeikaObject": "gleiches LeiKa-Objekt {value}",
    "cluster.sameLeikaGroup": "gleiche LeiKa-Gruppe {value}",
    "cluster.sameOzg": "gleiche OZG-Leistung {value}",
    "cluster.sameOzgCatalogue": "laut OZG-Katalog gleiche OZG-Leistung {value}",
    "cluster.mostlyOzg": "überwiegend OZG-Leistung {value} ({count} von {size})",
    "cluster.mostlyOzgCatalogue": "laut OZG-Katalog überwiegend OZG-Leistung {value} ({count} von {size})",
    "cluster.mostlyLebenslage": "überwiegend Lebenslage {value} ({count} von {size})",
    "cluster.mostlyLebenslageCatalogue":
      "laut OZG-Katalog überwiegend Lebenslage {value} ({count} von {size})",
    "cluster.sameLebenslageCatalogue": "laut OZG-Katalog gleiche Lebenslage {value}",
    "cluster.mostlyFamily":
      "überwiegend Leistungsfamilie {value} ({count} von {size}; Fachwissen von Prozesscluster)",
    "cluster.sameFamily": "gleiche Leistungsfamilie {value} (Fachwissen von Prozesscluster)",
    "cluster.oftenOzg": "am häufigsten OZG-Leistung {value} ({count} von {size})",
    "cluster.oftenOzgCatalogue": "laut OZG-Katalog am häufigsten OZG-Leistung {value} ({count} von {size})",
    "cluster.oftenLebenslage": "am häufigsten Lebenslage {value} ({count} von {size})",
    "cluster.oftenLebenslageCatalogue":
      "laut OZG-Katalog am häufigsten Lebenslage {value} ({count} von {size})",
    "cluster.oftenFamily":
      "am häufigsten Leistungsfamilie {value} ({count} von {size}; Fachwissen von Prozesscluster)",
    "cluster.sameFachanwendung": "gleiche Fachanwendung {value}",
    "cluster.sameLebenslage": "gleiche Lebenslage {value}",
    "cluster.sameThemenfeld": "gleiches Themenfeld {value}",
    "cluster.sharedTerms": "gemeinsame Begriffe: {terms}",
    "cluster.loose":
      "lose Sammlung, bitte prüfen: keinen Begriff, keine OZG-Leistung und keine Lebenslage teilt auch nur ein Drittel der {size} Prozesse",
    "cluster.looseNames":
      "lose Sammlung, bitte prüfen: keinen Begriff teilt auch nur ein Drittel der {size} Prozesse",
    "cluster.looseSmall":
      "lose Sammlung, bitte prüfen: die {size} Prozesse teilen keinen Begriff, keine OZG-Leistung und keine Lebenslage",
    "cluster.looseSmallNames": "lose Sammlung, bitte prüfen: die {size} Prozesse teilen keinen Begriff",
    "cluster.similarNamesPiece": "ähnlich geschriebene Namen (gemeinsamer Wortteil „{piece}“)",
    "cluster.sharesNothing": "teilt mit den übrigen keinen Begriff und keinen Wortteil",
    "cluster.termAll": "{word} (alle)",
    "cluster.termSome": "{word} ({count} von {size})",
    "cluster.leikaKey": "LeiKa-Schlüssel {key}",
    "cluster.leikaKeyVerrichtung": "LeiKa-Schlüssel {key} ({verrichtung})",
    "cluster.assignedByReviewer": "vom Prüfer zugeordnet",
    "cluster.lockedCluster": "gesperrter Cluster: vom Prüfer festgelegt",
    "cluster.lockedMember": "vom Prüfer festgelegt (gesperrt)",
    "cluster.proposedMember": "vorgeschlagen: {reason}",
    "cluster.decision": "vom Prüfer zugeordnete Prozesse",
    "cluster.decisionPlus": "vom Prüfer zugeordnete Prozesse, ergänzt um {count} ähnliche",
    "cluster.columnUnnamed": "Spalte",
    "cluster.columnValue": "{header}: {value}",
    "cluster.columnValueSub": "{header}: {value}; {subHeader}: {sub}",
    "cluster.columnCoarse": "bei grober Einteilung zusammengefasst: {count} Werte in „{header}“",
    "cluster.columnSame": "gleiche Angabe in „{header}“: {value}",
    "cluster.columnSameSub": "gleiche Angabe in „{header}“: {value} und in „{subHeader}“: {sub}",
    "cluster.columnBlank": "„{header}“ ohne Angabe",
    "cluster.catalogueMatch": "laut OZG-Katalog: OZG-Leistung „{ozg}“, Lebenslage „{lebenslage}“ ({how})",
    "cluster.catalogueViaLeikaKey": "über den LeiKa-Schlüssel",
    "cluster.catalogueViaLeikaObject": "über das LeiKa-Objekt",
    "cluster.catalogueViaName": "über den Namen",
    "cluster.catalogueNearest": "ähnlichste Katalogleistung „{service}“",
    "cluster.catalogueNoMatch": "keine sichere Zuordnung",
    "cluster.roleThemenfeld": "Themenfeld",
    "cluster.roleLebenslage": "Lebenslage",
    "cluster.bereichColumn": "{header}",
    "cluster.bereichCatalogue": "{role} laut OZG-Katalog",
    "cluster.bereichSimilarTopics": "ähnliche Themen {basis}",
    "cluster.bereichNamedBy": "{detail}; {role} „{value}“ bei {count} von {of} Prozessen",
    "cluster.bereichNamedByPlaced":
      "{detail}; {role} „{value}“ bei {count} von {of} im OZG-Katalog gefundenen Prozessen",
    "cluster.bereichTopLebenslagen": "{detail}; häufigste Lebenslagen: {items}",
    "cluster.bereichTopLebenslage": "{detail}; häufigste Lebenslage: {items}",
    "cluster.bereichTopItem": "„{value}“ ({count} von {of})",
    "cluster.bereichByNames": "nach Namen",
    "cluster.bereichByNamesCatalogue": "nach Namen und OZG-Katalog",
    "cluster.bereichNone": "ohne Bereichsebene",
    "cluster.bereichNoCatalogueMatch": "keine sichere Zuordnung zum OZG-Katalog",
    "cluster.bereichColumnEmpty": "Spalte „{header}“ leer",
    "cluster.bereichValued": "{detail}: „{label}“",
    "cluster.bereichPlaced": placedDe,
    "cluster.bereichCreatedByReviewer": "vom Prüfer angelegt",
    "cluster.choiceOff": "ohne Bereichsebene (abgeschaltet)",
    "cluster.choiceColumn": "aus der Spalte „{header}“",
    "cluster.choiceAutoColumn": "automatisch: aus der Spalte „{header}“ des Inventars ({count} Werte)",
    "cluster.choiceAutoCut":
      "automatisch: nach ähnlichen Themen, weil keine Spalte Themenfeld, Fachbereich, Dezernat oder " +
      "Fachanwendung mit {min} bis {max} Werten gefüllt ist",
    "cluster.choiceCut": "gewählt: grobe Gliederung nach ähnlichen Themen",
    "cluster.choiceNeither":
      "nach ähnlichen Themen, weil weder eine Spalte {role} noch sichere Zuordnungen zum OZG-Katalog vorliegen",
    "cluster.choiceWithBasis": "{why} ({basis})",
    "cluster.bereichTaskArea": "Aufgabenbereich nach den Namen: {areas}",
    "cluster.bereichTaskAreaPlus":
      "Aufgabenbereich nach den Namen: {areas}; {count} weitere nach Ähnlichkeit",
    "cluster.bereichTaskAreaNone": "keinem Aufgabenbereich zugeordnet",
    "cluster.bereichTaskAreaAll": "Aufgabenbereich nach den Namen aller {count} Prozesse",
    "cluster.bereichTaskAreaWords": "{detail}; nächste typische Begriffe: {words}",
    "cluster.bereichWordItem": "„{value}“ ({count})",
    "cluster.choiceTaskArea":
      "gewählt: nach den Aufgabenbereichen von Kommune und Land (Fachwissen von Prozesscluster)",
    "cluster.choiceAutoTaskArea":
      "automatisch: nach den Aufgabenbereichen von Kommune und Land (Fachwissen von Prozesscluster), " +
      "weil keine Spalte Themenfeld, Fachbereich, Dezernat oder Fachanwendung mit {min} bis {max} Werten gefüllt ist",
    "cluster.choiceNoTaskAreas":
      "nach ähnlichen Themen, weil Aufgabenbereiche das Fachwissen brauchen (Katalog an) und Namen, die zu ihnen passen",
  },
  en: {
    "cluster.join.semicolon": "{first}; {rest}",
    "cluster.join.comma": "{first}, {rest}",
    "cluster.singleton": "Single process: no sufficiently similar processes",
    "cluster.singletonShort": "Single process",
    "cluster.similarNames": "similarly spelled names (shared word parts)",
    "cluster.partsOnly": "similarly spelled name (shares word parts with the others)",
    "cluster.noLeikaKey": "no LeiKa key, grouped by similar names",
    "cluster.sameLeikaObject": "same LeiKa object {value}",
    "cluster.sameLeikaGroup": "same LeiKa group {value}",
    "cluster.sameOzg": "same OZG service {value}",
    "cluster.sameOzgCatalogue": "same OZG service {value} according to the OZG catalogue",
    "cluster.mostlyOzg": "mostly OZG service {value} ({count} of {size})",
    "cluster.mostlyOzgCatalogue":
      "mostly OZG service {value} according to the OZG catalogue ({count} of {size})",
    "cluster.mostlyLebenslage": "mostly life event {value} ({count} of {size})",
    "cluster.mostlyLebenslageCatalogue":
      "mostly life event {value} according to the OZG catalogue ({count} of {size})",
    "cluster.sameLebenslageCatalogue": "same life event {value} according to the OZG catalogue",
    "cluster.mostlyFamily":
      "mostly the service family {value} ({count} of {size}; Prozesscluster's subject knowledge)",
    "cluster.sameFamily": "same service family {value} (Prozesscluster's subject knowledge)",
    "cluster.oftenOzg": "most often OZG service {value} ({count} of {size})",
    "cluster.oftenOzgCatalogue":
      "most often OZG service {value} according to the OZG catalogue ({count} of {size})",
    "cluster.oftenLebenslage": "most often life event {value} ({count} of {size})",
    "cluster.oftenLebenslageCatalogue":
      "most often life event {value} according to the OZG catalogue ({count} of {size})",
    "cluster.oftenFamily":
      "most often the service family {value} ({count} of {size}; Prozesscluster's subject knowledge)",
    "cluster.sameFachanwendung": "same application {value}",
    "cluster.sameLebenslage": "same life event {value}",
    "cluster.sameThemenfeld": "same subject area {value}",
    "cluster.sharedTerms": "shared terms: {terms}",
    "cluster.loose":
      "loose collection, please review: not even a third of the {size} processes share a term, an OZG service or a life situation",
    "cluster.looseNames":
      "loose collection, please review: not even a third of the {size} processes share a term",
    "cluster.looseSmall":
      "loose collection, please review: the {size} processes share no term, no OZG service and no life situation",
    "cluster.looseSmallNames": "loose collection, please review: the {size} processes share no term",
    "cluster.similarNamesPiece": "similarly spelled names (shared word part “{piece}”)",
    "cluster.sharesNothing": "shares no term and no word part with the others",
    "cluster.termAll": "{word} (all)",
    "cluster.termSome": "{word} ({count} of {size})",
    "cluster.leikaKey": "LeiKa key {key}",
    "cluster.leikaKeyVerrichtung": "LeiKa key {key} ({verrichtung})",
    "cluster.assignedByReviewer": "assigned by the reviewer",
    "cluster.lockedCluster": "locked cluster: set by the reviewer",
    "cluster.lockedMember": "set by the reviewer (locked)",
    "cluster.proposedMember": "proposed: {reason}",
    "cluster.decision": "processes assigned by the reviewer",
    "cluster.decisionPlus": (t, n) =>
      `processes assigned by the reviewer, plus ${t["count"] ?? ""} similar ${n["count"] === 1 ? "one" : "ones"}`,
    "cluster.columnUnnamed": "column",
    "cluster.columnValue": "{header}: {value}",
    "cluster.columnValueSub": "{header}: {value}; {subHeader}: {sub}",
    "cluster.columnCoarse": "combined in a coarse grouping: {count} values in “{header}”",
    "cluster.columnSame": "same entry in “{header}”: {value}",
    "cluster.columnSameSub": "same entry in “{header}”: {value} and in “{subHeader}”: {sub}",
    "cluster.columnBlank": "“{header}” left blank",
    "cluster.catalogueMatch":
      "according to the OZG catalogue: OZG service “{ozg}”, life event “{lebenslage}” ({how})",
    "cluster.catalogueViaLeikaKey": "matched by LeiKa key",
    "cluster.catalogueViaLeikaObject": "matched by LeiKa object",
    "cluster.catalogueViaName": "matched by name",
    "cluster.catalogueNearest": "closest catalogue service “{service}”",
    "cluster.catalogueNoMatch": "no confident match",
    "cluster.roleThemenfeld": "subject area",
    "cluster.roleLebenslage": "life event",
    "cluster.bereichColumn": "{header}",
    // Capitalised: it also stands alone as how the Bereiche were formed.
    "cluster.bereichCatalogue": (t) =>
      `${(t["role"] ?? "").charAt(0).toUpperCase()}${(t["role"] ?? "").slice(1)} according to the OZG catalogue`,
    "cluster.bereichSimilarTopics": "similar topics {basis}",
    "cluster.bereichNamedBy": "{detail}; {role} “{value}” for {count} of {of} processes",
    "cluster.bereichNamedByPlaced":
      "{detail}; {role} “{value}” for {count} of the {of} processes found in the OZG catalogue",
    "cluster.bereichTopLebenslagen": "{detail}; most frequent life events: {items}",
    "cluster.bereichTopLebenslage": "{detail}; most frequent life event: {items}",
    "cluster.bereichTopItem": "“{value}” ({count} of {of})",
    "cluster.bereichByNames": "by name",
    "cluster.bereichByNamesCatalogue": "by name and OZG catalogue",
    "cluster.bereichNone": "no area level",
    "cluster.bereichNoCatalogueMatch": "no confident match in the OZG catalogue",
    "cluster.bereichColumnEmpty": "column “{header}” is empty",
    "cluster.bereichValued": "{detail}: “{label}”",
    "cluster.bereichPlaced": placedEn,
    "cluster.bereichCreatedByReviewer": "created by the reviewer",
    "cluster.choiceOff": "no area level (switched off)",
    "cluster.choiceColumn": "from the column “{header}”",
    "cluster.choiceAutoColumn": "automatic: from the inventory's column “{header}” ({count} values)",
    "cluster.choiceAutoCut":
      "automatic: by similar topics, because no subject area, division, department or application " +
      "column is filled with {min} to {max} values",
    "cluster.choiceCut": "chosen: coarse grouping by similar topics",
    "cluster.choiceNeither":
      "by similar topics, because there is neither a {role} column nor any confident match in the OZG catalogue",
    "cluster.choiceWithBasis": "{why} ({basis})",
    "cluster.bereichTaskArea": "task area by name: {areas}",
    "cluster.bereichTaskAreaPlus": "task area by name: {areas}; {count} more by similarity",
    "cluster.bereichTaskAreaNone": "not in any task area",
    "cluster.bereichTaskAreaAll": "task area by the names of all {count} processes",
    "cluster.bereichTaskAreaWords": "{detail}; nearest typical terms: {words}",
    "cluster.bereichWordItem": "“{value}” ({count})",
    "cluster.choiceTaskArea":
      "chosen: by the task areas of municipal and state administration (Prozesscluster's subject knowledge)",
    "cluster.choiceAutoTaskArea":
      "automatic: by the task areas of municipal and state administration (Prozesscluster's subject knowledge), " +
      "because no subject area, division, department or application column is filled with {min} to {max} values",
    "cluster.choiceNoTaskAreas":
      "by similar topics, because task areas need the subject knowledge (catalogue on) and names that fit them",
  },
};
