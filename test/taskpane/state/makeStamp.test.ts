/** @jest-environment jsdom */
import { makeStamp } from "../../../src/taskpane/state/makeStamp";
import { loadReviewerName, saveReviewerName } from "../../../src/taskpane/state/reviewerName";

describe("makeStamp", () => {
  afterEach(() => localStorage.clear());

  it("stamps the local wall-clock time with its offset, the same instant to the second", () => {
    const now = new Date(Date.UTC(2026, 11, 4, 15, 52, 36, 633));
    const { at } = makeStamp(now, "");
    expect(at).toMatch(/^2026-12-0[45]T\d{2}:\d{2}:36[+-]\d{2}:\d{2}$/);
    expect(new Date(at).getTime()).toBe(Date.UTC(2026, 11, 4, 15, 52, 36));
  });

  it("takes the reviewer's stored name, and none when cleared", () => {
    saveReviewerName("  Eva Muster ");
    expect(loadReviewerName()).toBe("Eva Muster");
    expect(makeStamp().person).toBe("Eva Muster");
    saveReviewerName(" ");
    expect(localStorage.getItem("prozesscluster.reviewerName")).toBeNull();
    expect(makeStamp().person).toBe("");
  });

  it("keeps working when the browser blocks localStorage", () => {
    const spy = jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("SecurityError");
    });
    expect(makeStamp().person).toBe("");
    spy.mockRestore();
  });
});
