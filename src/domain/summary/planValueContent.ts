import type { PlanValue } from "./types";

/** How a writer puts the plan values whose form depends on the writer: dates and formulas. */
export interface PlanValueWriters<D, F> {
  readonly date: (iso: string) => D;
  readonly formula: (formula: string) => F;
}

/** What a writer puts into a cell for a plan value: text and numbers as they are, dates and formulas its way. */
export function planValueContent<D, F>(
  value: PlanValue,
  writers: PlanValueWriters<D, F>,
): string | number | D | F {
  switch (value.kind) {
    case "text":
      return value.text;
    case "number":
      return value.value;
    case "date":
      return writers.date(value.iso);
    case "formula":
      return writers.formula(value.formula);
  }
}
