import { isHandEdit } from "../../../src/domain/review/internals/handEdit";

describe("isHandEdit (a Cluster cell as a reviewer's decision)", () => {
  it("never counts an empty cell", () => {
    expect(isHandEdit("", "Kfz", "C0")).toBe(false);
    expect(isHandEdit("", undefined, undefined)).toBe(false);
  });

  it("counts any text where nothing was written before", () => {
    expect(isHandEdit("Kfz", undefined, undefined)).toBe(true);
  });

  it("does not count what was written, in other case or spacing, or the previous cluster's id", () => {
    expect(isHandEdit("Kfz-Zulassung", "Kfz-Zulassung", "C0")).toBe(false);
    expect(isHandEdit("kfz-zulassung  neu", "Kfz-Zulassung neu", "C0")).toBe(false);
    expect(isHandEdit("C0", "Kfz-Zulassung", "C0")).toBe(false);
  });

  it("counts another cluster's name or id", () => {
    expect(isHandEdit("Meldewesen", "Kfz-Zulassung", "C0")).toBe(true);
    expect(isHandEdit("C1", "Kfz-Zulassung", "C0")).toBe(true);
  });
});
