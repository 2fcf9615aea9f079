import type { ColumnRole } from "../../inventory/types";
import type { MessageTable, Template } from "../types";

/** Codes of this area, prefixed "inventory.". */
type InventoryCode =
  | `inventory.role.${ColumnRole}`
  | "inventory.at.row"
  | "inventory.at.rowColumn"
  | "inventory.emptySheet"
  | "inventory.noHeader"
  | "inventory.tableEnd"
  | "inventory.noNameColumn"
  | "inventory.hiddenRow"
  | "inventory.blankName"
  | "inventory.headerOnly"
  | "inventory.duplicateRole"
  | "inventory.duplicateId"
  | "inventory.errorCell"
  | "inventory.formulaText"
  | "inventory.leikaScientific"
  | "inventory.leikaInvalid"
  | "inventory.unknownStatus"
  | "inventory.unknownModell"
  | "inventory.reifegradOutOfScale"
  | "inventory.reifegradOutOfModell"
  | "inventory.notALevel"
  | "inventory.negative"
  | "inventory.notANumber"
  | "inventory.onlineExceedsCases"
  | "inventory.invalidDate"
  | "inventory.mergedHeader"
  | "inventory.mergedEmpty"
  | "inventory.mergedFilled"
  | "inventory.unrecognisedNumbers"
  | "inventory.unrecognisedDates";

/** Row numbers are written plainly ("Zeile 1234"), not as formatted numbers. */
const row =
  (build: (t: Readonly<Record<string, string>>, rowNumber: string) => string): Template =>
  (t, n) =>
    build(t, String(n.row));

/** Issues and notes of reading an inventory, and the names of the column roles. */
export const inventoryMessages: MessageTable<InventoryCode> = {
  de: {
    "inventory.role.id": "ID",
    "inventory.role.name": "Leistung / Prozess",
    "inventory.role.leikaKey": "LeiKa-Schlüssel",
    "inventory.role.ozgId": "OZG-ID",
    "inventory.role.ozgName": "OZG-Leistung",
    "inventory.role.themenfeld": "Themenfeld",
    "inventory.role.lebenslage": "Lebenslage",
    "inventory.role.dezernat": "Dezernat",
    "inventory.role.fachbereich": "Fachbereich / Amt / Team",
    "inventory.role.fachanwendung": "Fachanwendung",
    "inventory.role.hersteller": "Hersteller",
    "inventory.role.status": "Status",
    "inventory.role.reifegrad": "Reifegrad Ist",
    "inventory.role.reifegradZiel": "Reifegrad Ziel",
    "inventory.role.reifegradModell": "Reifegradmodell",
    "inventory.role.fallzahl": "Fallzahl p.a.",
    "inventory.role.fallzahlOnline": "davon online",
    "inventory.role.kostenEinmalig": "Kosten einmalig",
    "inventory.role.kostenLaufend": "Kosten laufend p.a.",
    "inventory.role.termin": "Geplante Umsetzung",
    "inventory.role.prioritaet": "Priorität",
    "inventory.role.bemerkung": "Bemerkung",
    "inventory.role.cluster": "Cluster",
    "inventory.at.row": row((t, r) => `Zeile ${r}: ${t.text}`),
    "inventory.at.rowColumn": row((t, r) => `Zeile ${r}, Spalte „${t.column}“: ${t.text}`),
    "inventory.emptySheet": "Das Blatt ist leer: es enthält keine Werte.",
    "inventory.noHeader":
      "Keine Kopfzeile gefunden: keine der ersten 30 Zeilen enthält erkennbare Spaltenüberschriften wie „Leistung“, „Status“ oder „Fachbereich“.",
    "inventory.tableEnd": row(
      (t, r) =>
        `Die Tabelle endet vor Zeile ${r}; darunter folgt weiterer Inhalt („${t.text}“), der nicht als Prozesse eingelesen wird.`,
    ),
    "inventory.noNameColumn": row(
      (t, r) =>
        `Keine Spalte mit dem Namen der Leistung gefunden (z. B. „Leistung“, „Prozess“, „Bezeichnung“). Kopfzeile ${r}: ${t.headers}.`,
    ),
    "inventory.hiddenRow": "Die Zeile ist ausgeblendet; sie wird trotzdem eingelesen.",
    "inventory.blankName":
      "Die Zeile hat keinen Namen der Leistung und wird beim Clustern nicht berücksichtigt.",
    "inventory.headerOnly": row((_, r) => `Unter der Kopfzeile (Zeile ${r}) stehen keine Daten.`),
    "inventory.duplicateRole":
      "Die Spalte wird nicht ausgewertet: die Rolle „{role}“ hat schon die Spalte „{winner}“.",
    "inventory.duplicateId": row(
      (t, r) =>
        `Die ID „${t.id}“ kommt mehrfach vor (zuerst in Zeile ${r}); die Zeilen werden über ihre Zeilennummer unterschieden.`,
    ),
    "inventory.errorCell": "Die Zelle enthält den Fehlerwert {error} und wird als leer behandelt.",
    "inventory.formulaText":
      "„{text}“ sieht aus wie eine Formel, ist aber als Text gespeichert; der Text wird nicht berechnet.",
    "inventory.leikaScientific":
      "Der LeiKa-Schlüssel „{text}“ wurde durch die wissenschaftliche Zahlendarstellung von Excel verkürzt. Bitte die Spalte als Text formatieren und den 14-stelligen Schlüssel neu eintragen.",
    "inventory.leikaInvalid": "„{text}“ ist kein gültiger LeiKa-Schlüssel (14 Ziffern, beginnend mit 99).",
    "inventory.unknownStatus":
      "Der Status „{text}“ ist unbekannt und wird unverändert übernommen. Erwartet: {expected}.",
    "inventory.unknownModell":
      "Das Reifegradmodell „{text}“ ist unbekannt (erwartet 1.1 oder 2.0); die Stufen werden gegen 0–7 geprüft.",
    "inventory.reifegradOutOfScale": "Der Reifegrad „{text}“ liegt außerhalb der Stufen 0–{max}.",
    "inventory.reifegradOutOfModell":
      "Der Reifegrad „{text}“ liegt außerhalb des Reifegradmodells {modell} (0–{max}).",
    "inventory.notALevel": "„{text}“ ist keine Reifegradstufe.",
    "inventory.negative": "Der Wert {value} darf nicht negativ sein.",
    "inventory.notANumber": "„{text}“ ist keine Zahl.",
    "inventory.onlineExceedsCases": "„davon online“ ({online}) ist größer als die Fallzahl ({cases}).",
    "inventory.invalidDate": "„{text}“ ist kein Datum (erwartet z. B. 31.12.2026).",
    "inventory.mergedHeader":
      "Die Kopfzeile enthält verbundene Zellen ({address}); bitte die Verbindung aufheben, damit jede Spalte eine eigene Überschrift hat.",
    "inventory.mergedEmpty": "Die Zellen {address} sind verbunden und leer.",
    "inventory.mergedFilled":
      "Die Zellen {address} sind verbunden; der Wert „{text}“ wird für alle betroffenen Zeilen übernommen.",
    "inventory.unrecognisedNumbers":
      "Die Spalte enthält Zahlen, ist aber keiner Rolle zugeordnet und fließt in keine Kennzahl ein. Falls sie z. B. „{a}“, „{b}“ oder „{c}“ ist, bitte ihre Bedeutung von Hand festlegen.",
    "inventory.unrecognisedDates":
      "Die Spalte enthält Datumswerte, ist aber keiner Rolle zugeordnet und fließt in keine Kennzahl ein. Falls sie z. B. „{a}“, „{b}“ oder „{c}“ ist, bitte ihre Bedeutung von Hand festlegen.",
  },
  en: {
    "inventory.role.id": "ID",
    "inventory.role.name": "Name",
    "inventory.role.leikaKey": "LeiKa key",
    "inventory.role.ozgId": "OZG ID",
    "inventory.role.ozgName": "OZG service",
    "inventory.role.themenfeld": "Subject area",
    "inventory.role.lebenslage": "Life event",
    "inventory.role.dezernat": "Department",
    "inventory.role.fachbereich": "Division",
    "inventory.role.fachanwendung": "Application",
    "inventory.role.hersteller": "Vendor",
    "inventory.role.status": "Status",
    "inventory.role.reifegrad": "Maturity",
    "inventory.role.reifegradZiel": "Maturity (target)",
    "inventory.role.reifegradModell": "Maturity model",
    "inventory.role.fallzahl": "Cases",
    "inventory.role.fallzahlOnline": "Cases online",
    "inventory.role.kostenEinmalig": "One-off costs",
    "inventory.role.kostenLaufend": "Running costs",
    "inventory.role.termin": "Date",
    "inventory.role.prioritaet": "Priority",
    "inventory.role.bemerkung": "Remark",
    "inventory.role.cluster": "Cluster",
    "inventory.at.row": row((t, r) => `Row ${r}: ${t.text}`),
    "inventory.at.rowColumn": row((t, r) => `Row ${r}, column “${t.column}”: ${t.text}`),
    "inventory.emptySheet": "The sheet is empty: it holds no values.",
    "inventory.noHeader":
      "No header row found: none of the first 30 rows has recognisable column headings such as “Leistung”, “Status” or “Fachbereich”.",
    "inventory.tableEnd": row(
      (t, r) =>
        `The table ends before row ${r}; the content below it (“${t.text}”) is not read as processes.`,
    ),
    "inventory.noNameColumn": row(
      (t, r) =>
        `No column with the name of the service found (such as “Leistung”, “Prozess”, “Bezeichnung”). Header row ${r}: ${t.headers}.`,
    ),
    "inventory.hiddenRow": "The row is hidden; it is read all the same.",
    "inventory.blankName": "The row has no service name and is left out of the clustering.",
    "inventory.headerOnly": row((_, r) => `There is no data below the header row (row ${r}).`),
    "inventory.duplicateRole":
      "The column is not used: the role “{role}” is already taken by the column “{winner}”.",
    "inventory.duplicateId": row(
      (t, r) =>
        `The ID “${t.id}” occurs more than once (first in row ${r}); the rows are told apart by their row numbers.`,
    ),
    "inventory.errorCell": "The cell holds the error value {error} and is treated as empty.",
    "inventory.formulaText": "“{text}” looks like a formula but is stored as text; it is not calculated.",
    "inventory.leikaScientific":
      "Excel’s scientific notation has shortened the LeiKa key “{text}”. Please format the column as text and enter the 14-digit key again.",
    "inventory.leikaInvalid": "“{text}” is not a valid LeiKa key (14 digits, starting with 99).",
    "inventory.unknownStatus": "The status “{text}” is unknown and is kept as it is. Expected: {expected}.",
    "inventory.unknownModell":
      "The maturity model “{text}” is unknown (expected 1.1 or 2.0); levels are checked against 0–7.",
    "inventory.reifegradOutOfScale": "The maturity level “{text}” is outside the levels 0–{max}.",
    "inventory.reifegradOutOfModell":
      "The maturity level “{text}” is outside maturity model {modell} (0–{max}).",
    "inventory.notALevel": "“{text}” is not a maturity level.",
    "inventory.negative": "The value {value} must not be negative.",
    "inventory.notANumber": "“{text}” is not a number.",
    "inventory.onlineExceedsCases": "The online cases ({online}) exceed the case count ({cases}).",
    "inventory.invalidDate": "“{text}” is not a date (expected e.g. 31.12.2026).",
    "inventory.mergedHeader":
      "The header row has merged cells ({address}); please unmerge them so that every column has its own heading.",
    "inventory.mergedEmpty": "The cells {address} are merged and empty.",
    "inventory.mergedFilled":
      "The cells {address} are merged; the value “{text}” is taken for every row they cover.",
    "inventory.unrecognisedNumbers":
      "The column holds numbers but has no role, so it feeds no key figure. If it is, say, “{a}”, “{b}” or “{c}”, please set its meaning by hand.",
    "inventory.unrecognisedDates":
      "The column holds dates but has no role, so it feeds no key figure. If it is, say, “{a}”, “{b}” or “{c}”, please set its meaning by hand.",
  },
};
