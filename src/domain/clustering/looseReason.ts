import { renderMessage } from "../messages/renderMessage";
import type { Message } from "../messages/types";

/** How the German reason of a loose collection begins ("lose Sammlung, bitte prüfen"), as the workbook holds it. */
const LOOSE_PREFIX =
  renderMessage({ code: "cluster.looseNames", params: { size: 0 } }, "de").split(":")[0] ?? "";

const LOOSE_CODES: ReadonlySet<string> = new Set([
  "cluster.loose",
  "cluster.looseNames",
  "cluster.looseSmall",
  "cluster.looseSmallNames",
]);

/**
 * Whether a cluster's reason opens by calling it a loose collection (see `ProposedCluster.loose`): the
 * engine's reason, or the German text of one read back from the workbook's `Cluster` sheet. The review
 * keeps the engine's reason while a reviewer edits the cluster, so this is "the engine found it loose".
 */
export function isLooseReason(reason: Message): boolean {
  if (LOOSE_CODES.has(reason.code)) return true;
  const first = reason.params?.first;
  if (reason.code === "cluster.join.semicolon" && typeof first === "object" && !Array.isArray(first))
    return LOOSE_CODES.has((first as Message).code);
  if (reason.code === "common.verbatim") {
    const text = reason.params?.text;
    return typeof text === "string" && text.startsWith(LOOSE_PREFIX);
  }
  return false;
}
