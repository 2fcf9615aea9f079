/**
 * All message tables, one file per area. Add an area by adding its table here; codes are prefixed with
 * the area ("cluster.", "inventory." …) so they never collide.
 */
import { clusteringMessages } from "./clustering";
import { commonMessages } from "./common";
import { inventoryMessages } from "./inventory";
import { reviewMessages } from "./review";
import { workbookMessages } from "./workbook";
import { workflowMessages } from "./workflow";

export const MESSAGE_TABLES = [
  commonMessages,
  clusteringMessages,
  inventoryMessages,
  reviewMessages,
  workflowMessages,
  workbookMessages,
] as const;

type CodesOf<T> = T extends { readonly de: Readonly<Record<infer C, unknown>> } ? C : never;

/** Every code of every table. */
export type MessageCode = CodesOf<(typeof MESSAGE_TABLES)[number]>;
