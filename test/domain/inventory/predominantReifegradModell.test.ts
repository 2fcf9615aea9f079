import { predominantReifegradModell } from "../../../src/domain/inventory/predominantReifegradModell";
import type { ReifegradModell } from "../../../src/domain/inventory/types";

const records = (...models: (ReifegradModell | undefined)[]) => ({
  records: models.map((m, i) => ({
    key: `P${i}`,
    row: i + 2,
    index: i,
    name: `Prozess ${i}`,
    cells: [],
    ...(m === undefined ? {} : { reifegradModell: m }),
  })),
});

describe("predominantReifegradModell", () => {
  it("takes the model most records name", () => {
    expect(predominantReifegradModell(records("2.0", "2.0", "1.1", undefined))).toBe("2.0");
    expect(predominantReifegradModell(records("1.1", "1.1", "2.0"))).toBe("1.1");
  });

  it("falls back to 1.1 when no record names one or both are named equally often", () => {
    expect(predominantReifegradModell(records(undefined, undefined))).toBe("1.1");
    expect(predominantReifegradModell(records())).toBe("1.1");
    expect(predominantReifegradModell(records("2.0", "1.1"))).toBe("1.1");
  });
});
