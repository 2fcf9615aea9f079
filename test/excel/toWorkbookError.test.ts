import { renderMessage } from "../../src/domain/messages/renderMessage";
import { toWorkbookError } from "../../src/excel/toWorkbookError";
import { WorkbookError } from "../../src/workbook/workbookError";

/** An Office.js-like error: OfficeExtension.Error carries `code` next to `message`. */
const officeError = (code: string) => Object.assign(new Error(`${code} (englischer Originaltext)`), { code });

describe("toWorkbookError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "editMode", /Bearbeitungsmodus/],
    ["RequestPayloadSizeLimitExceeded", "payloadTooLarge", /5 MB/],
    ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge", /Antwort von Excel ist zu groß/],
    ["AccessDenied", "sheetProtected", /geschützt/],
    ["InvalidOperation", "invalidOperation", /nicht zugelassen/],
    ["InvalidSelection", "invalidSelection", /einzelne Zelle/],
    ["ItemAlreadyExists", "itemExists", /gibt es in der Arbeitsmappe schon/],
    ["InsertDeleteConflict", "conflict", /einfügen oder löschen/],
  ])("maps %s to %s with a German hint", (code, kind, message) => {
    const mapped = toWorkbookError(officeError(code));
    expect(mapped.kind).toBe(kind);
    expect(mapped.message).toMatch(message);
    expect((mapped.innerError as Error).message).toContain(code);
  });

  it("no longer calls a plain InvalidOperation a protected sheet", () => {
    expect(toWorkbookError(officeError("InvalidOperation")).message).not.toMatch(/geschützt/);
  });

  it("keeps unknown errors with their text and passes WorkbookErrors through", () => {
    expect(toWorkbookError(new Error("kaputt")).message).toBe("Excel hat einen Fehler gemeldet: kaputt");
    const own = new WorkbookError("tableChanged");
    expect(toWorkbookError(own)).toBe(own);
  });

  it("carries its advice as a message code, rendered in German and English", () => {
    const mapped = toWorkbookError(officeError("AccessDenied"));
    expect(mapped.detail.code).toBe("workbook.accessDenied");
    expect(renderMessage(mapped.detail, "de")).toBe(mapped.message);
    expect(renderMessage(mapped.detail, "en")).toMatch(/protected/);
    const unknown = toWorkbookError(new Error("kaputt"));
    expect(renderMessage(unknown.detail, "en")).toBe("Excel reported an error: kaputt");
  });
});
