import type { MessageTable } from "../types";

/** Codes of this area, prefixed "review.". */
type ReviewCode = never;

/** Review: refusals, re-run summaries, protocol texts shown in the pane. */
export const reviewMessages: MessageTable<ReviewCode> = {
  de: {},
  en: {},
};
