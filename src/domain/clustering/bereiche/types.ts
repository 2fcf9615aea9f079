/**
 * Vocabulary of the upper level of the overview: Bereiche, each a group of clusters. Plain data, so it
 * crosses the Web Worker boundary like the rest of the engine's contract.
 */

import type { Message } from "../../messages/types";

/**
 * Where the Bereiche come from.
 * - `auto`: a grouping column of the sheet when it has a usable one (Themenfeld, Fachbereich, Dezernat,
 *   Fachanwendung with 2–25 values), otherwise the task areas (with the catalogue), otherwise a coarse
 *   cut by subject similarity;
 * - `taskArea`: the task areas of a municipal administration the names belong to (`AUFGABENBEREICHE`,
 *   part of the subject knowledge; only with the catalogue on, else a coarse cut);
 * - `themenfeld` / `lebenslage`: the sheet's column of that role, else the OZG catalogue's match of the row;
 * - `column`: one column of the sheet (grid index), whatever its role;
 * - `cut`: a coarse cut by subject similarity (names, and the catalogue's concepts when it is on);
 * - `off`: no Bereich level (every cluster in one Bereich "Alle Prozesse").
 */
export type BereichSource =
  | { readonly kind: "auto" }
  | { readonly kind: "themenfeld" }
  | { readonly kind: "lebenslage" }
  | { readonly kind: "taskArea" }
  | { readonly kind: "column"; readonly column: number }
  | { readonly kind: "cut" }
  | { readonly kind: "off" };

/** One proposed Bereich: a label, why, and the clusters in it (ids of `ProposedCluster`). */
export interface ProposedBereich {
  /** Deterministic id ("b:" + the first cluster's id). */
  readonly id: string;
  /** Unique among the Bereiche, at most 60 characters, whole words. */
  readonly label: string;
  /** Reason, in German e.g. "Fachbereich: „Ordnungsamt“". */
  readonly reason: Message;
  readonly clusterIds: readonly string[];
}

/** How the Bereiche were formed: the source actually used and a sentence saying why. */
export interface BereichChoice {
  readonly kind: Exclude<BereichSource["kind"], "auto">;
  /** Header of the column for `column` (and for themenfeld/lebenslage taken from the sheet). */
  readonly header?: string;
  readonly why: Message;
}

/**
 * Per-row votes for a Bereich, computed once per clustering model (canonical row order). A cluster goes
 * to the group most of its members vote for; members without a vote (−1) abstain, and a cluster with no
 * vote at all goes to the fallback group.
 */
export interface BereichModel {
  readonly choice: BereichChoice;
  /** Group of each row (model row order), −1 = no vote. */
  readonly votes: Int32Array;
  /** Label and reason of each group (index = vote code). */
  readonly groups: readonly { readonly label: string; readonly detail: Message }[];
  /** Where clusters without any vote go. */
  readonly fallback: { readonly label: string; readonly detail: Message };
}
