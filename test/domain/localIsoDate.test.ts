import { localIsoDate } from "../../src/domain/localIsoDate";

describe("localIsoDate", () => {
  it("gives the local calendar day, padded", () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe("2026-12-31");
  });
});
