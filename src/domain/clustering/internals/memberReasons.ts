import { describeCatalogueMatch } from "../../catalogue/describeCatalogueMatch";
import { msg } from "../../messages/renderMessage";
import type { Message } from "../../messages/types";
import type { ClusterModel } from "../clusterModel";
import type { DescribeScratch, Dominant } from "./describeTypes";
import { joinReasons } from "./joinReasons";

/** At most this many shared words per member reason. */
const MAX_SHARED = 3;
/** Reason of a member that shares no whole word or fact with the others (it joined by word parts). */
export const PARTS_ONLY_REASON: Message = msg("cluster.partsOnly");

/** How many members have each code of a per-row code list (−1 = absent, not counted). */
function codeCounts(codes: Int32Array, members: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const i of members) {
    const c = codes[i] as number;
    if (c >= 0) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** The member's words that at least one other member has too, in the name's order (counts in scratch). */
function sharedWords(
  model: ClusterModel,
  i: number,
  scratch: DescribeScratch,
  surfaceOfStem: (stem: number) => string,
): string[] {
  const l = model.labels;
  const words: string[] = [];
  for (let p = l.termPtr[i] as number; p < (l.termPtr[i + 1] as number) && words.length < MAX_SHARED; p++) {
    const s = l.termStem[p] as number;
    if ((scratch.stems[s] as number) < 2 || l.common[s] === 1) continue;
    const w = surfaceOfStem(s);
    if (!words.includes(w)) words.push(w);
  }
  if (words.length > 0) return words;
  // No subject word in common: the same procedure words ("Erteilung") still say what is shared.
  for (let p = l.procPtr[i] as number; p < (l.procPtr[i + 1] as number) && words.length < MAX_SHARED; p++) {
    const id = l.procId[p] as number;
    if ((scratch.procedures[id] as number) >= 2) words.push(l.procedureDisplay[id] ?? "");
  }
  return words;
}

/**
 * One reason per member saying what it shares with the others, in short plain words: its LeiKa key
 * (LeiKa strategy) or the LeiKa object it shares, the words it shares, the OZG-Leistung that names
 * the cluster, and its catalogue match ("laut OZG-Katalog: …"). Reads the cluster's stem and
 * procedure counts from `scratch` (filled by the caller, not reset here).
 * @internal
 */
export function describeMembers(
  model: ClusterModel,
  members: readonly number[],
  scratch: DescribeScratch,
  surfaceOfStem: (stem: number) => string,
  ozg: Dominant | undefined,
): Message[] {
  const l = model.labels;
  const leika = model.strategy.kind === "leika";
  const objects = l.facts.object;
  const objectCounts = codeCounts(objects.codes, members);
  const ozgCodes = ozg === undefined ? undefined : l.facts[ozg.kind].codes;
  const reasons = new Array<Message>(members.length);
  for (let k = 0; k < members.length; k++) {
    const i = members[k] as number;
    const parts: Message[] = [];
    const key = leika ? model.signals[i]?.leikaKey : undefined;
    const object = objects.codes[i] as number;
    if (key !== undefined) {
      const v = l.verrichtung[i] as number;
      parts.push(
        v >= 0
          ? msg("cluster.leikaKeyVerrichtung", { key, verrichtung: l.verrichtungen[v] ?? "" })
          : msg("cluster.leikaKey", { key }),
      );
    } else if (object >= 0 && (objectCounts.get(object) ?? 0) >= 2) {
      parts.push(msg("cluster.sameLeikaObject", { value: objects.values[object] ?? "" }));
    }
    const words = sharedWords(model, i, scratch, surfaceOfStem);
    // The words are the names' own; ", " joins them in either language.
    if (words.length > 0) parts.push(msg("cluster.sharedTerms", { terms: words.join(", ") }));
    const sheetOzg =
      ozg !== undefined && ozg.kind !== "catalogueOzg" && ozgCodes?.[i] === ozg.code && ozg.count >= 2;
    if (sheetOzg) parts.push(msg("cluster.sameOzg", { value: ozg.value }));
    const match = model.signals[i]?.catalogue;
    // The catalogue is cited unless it would only repeat the OZG-Leistung the sheet already names.
    const repeats = sheetOzg && match?.ozgLeistung.toLowerCase() === ozg.value.toLowerCase();
    if (match !== undefined && !repeats) parts.push(describeCatalogueMatch(match));
    reasons[k] = parts.length > 0 ? joinReasons(parts) : PARTS_ONLY_REASON;
  }
  return reasons;
}
