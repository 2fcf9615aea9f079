import { join } from "node:path";
import { auditApiSets, tagVersion } from "../../scripts/check-apiset";

const rootDir = join(__dirname, "../..");

describe("check:apiset (TypeScript compiler audit of Excel API requirement sets)", () => {
  // One program for both checks (building it takes a while on a busy machine): the tree plus a probe.
  const probe = [
    'import { whenSupported } from "./whenSupported";',
    "export function probe(sheet: Excel.Worksheet, supports: (v: string) => boolean): void {",
    '  sheet.pageLayout.orientation = "Landscape";',
    '  whenSupported(supports, "1.8", () => sheet.pageLayout.paperSize);',
    '  whenSupported(supports, "1.9", () => sheet.pageLayout.zoom);',
    "}",
  ].join("\n");
  let audit: ReturnType<typeof auditApiSets>;
  beforeAll(() => {
    audit = auditApiSets({ rootDir, extraFiles: { "src/excel/apisetProbe.ts": probe } });
  }, 120_000);

  it("passes on the tree: every member above ExcelApi 1.7 is behind whenSupported", () => {
    expect(audit.minimum).toBe("1.7");
    expect(audit.violations.filter((v) => v.file !== "src/excel/apisetProbe.ts")).toEqual([]);
    // It really resolves members: the print layout (1.9) is seen, and seen as guarded.
    const layout = audit.uses.filter(
      (u) => u.member === "Excel.Worksheet.pageLayout" && u.file.includes("queuePlanSheet"),
    );
    expect(layout.length).toBeGreaterThan(0);
    expect(layout.every((u) => u.version === "1.9" && u.guard === "1.9")).toBe(true);
    expect(audit.uses.length).toBeGreaterThan(100);
  });

  it("fails on an unguarded worksheet.pageLayout added to src/excel, and on a guard for too low a version", () => {
    const found = audit.violations.filter((v) => v.file === "src/excel/apisetProbe.ts");
    expect(found.map((v) => `${v.line} ${v.member}`).sort()).toEqual([
      "3 Excel.PageLayout.orientation",
      "3 Excel.Worksheet.pageLayout",
      "4 Excel.PageLayout.paperSize",
      "4 Excel.Worksheet.pageLayout",
    ]);
  });

  it("reads qualified tags by access: get vs set", () => {
    expect(tagVersion("[Api set: ExcelApi 1.1 for get, 1.8 for set]", false)).toBe("1.1");
    expect(tagVersion("[Api set: ExcelApi 1.1 for get, 1.8 for set]", true)).toBe("1.8");
    expect(
      tagVersion(
        "[Api set: ExcelApi 1.1 for String,Integer,Double,Boolean,Range,Error; 1.7 for Array]",
        false,
      ),
    ).toBe("1.7");
    expect(tagVersion("[Api set: ExcelApiOnline 1.1]", false)).toBe("ExcelApiOnline 1.1");
  });
});
