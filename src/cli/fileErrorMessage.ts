/**
 * German sentence for a failed file operation, by Node's error code, so no read or write failure reaches
 * the user as a stack trace or an English message.
 */
export function fileErrorMessage(error: unknown, path: string, action: "lesen" | "schreiben"): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const verb = action === "lesen" ? "gelesen" : "geschrieben";
  switch (code) {
    case "ENOENT":
      return action === "lesen"
        ? `Die Datei „${path}“ wurde nicht gefunden.`
        : `Die Datei „${path}“ kann nicht geschrieben werden: den Ordner gibt es nicht.`;
    case "ENOTDIR":
      return `Die Datei „${path}“ kann nicht ${verb} werden: ein Teil des Pfads ist kein Ordner.`;
    case "EACCES":
    case "EPERM":
      return `Die Datei „${path}“ kann nicht ${verb} werden: keine Berechtigung (oder die Datei ist schreibgeschützt).`;
    case "EISDIR":
      return `„${path}“ ist ein Ordner, keine Datei.`;
    case "EBUSY":
      return `Die Datei „${path}“ ist gerade in einem anderen Programm geöffnet; bitte dort schließen.`;
    case "ENOSPC":
      return `Die Datei „${path}“ kann nicht geschrieben werden: der Datenträger ist voll.`;
    case "EROFS":
      return `Die Datei „${path}“ kann nicht geschrieben werden: der Datenträger ist schreibgeschützt.`;
    case "ENAMETOOLONG":
      return `Der Dateiname „${path}“ ist zu lang.`;
    default:
      return `Die Datei „${path}“ kann nicht ${verb} werden${code === "" ? "" : ` (${code})`}.`;
  }
}
