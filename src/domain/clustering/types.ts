/**
 * Contract of the clustering engine. Plain data in and out, so it runs unchanged in a Web Worker.
 */
import type { Catalogue } from "../catalogue/types";
import type { ColumnRole, ProcessRecord } from "../inventory/types";
import type { Message } from "../messages/types";
import type { BereichChoice, BereichSource, ProposedBereich } from "./bereiche/types";

/** How to cluster. */
export type ClusterStrategy =
  | { readonly kind: "auto" }
  | { readonly kind: "text" }
  | { readonly kind: "leika"; readonly level: "object" | "group" }
  /** By one column (grid index), optionally sub-clustered by a second one. */
  | { readonly kind: "column"; readonly column: number; readonly subColumn?: number };

/** Reviewer decisions the engine proposes around. Keys are `ProcessRecord.key`. */
export interface ClusterConstraints {
  /** Processes pinned to a named cluster (by label); they stay there. */
  readonly pinned?: readonly { readonly key: string; readonly cluster: string }[];
  /** Locked clusters: their label and members are kept exactly as given. */
  readonly locked?: readonly { readonly cluster: string; readonly keys: readonly string[] }[];
  /** Pairs of processes that must not end up in the same cluster. */
  readonly cannotLink?: readonly (readonly [string, string])[];
}

/**
 * Where to cut: 0 = fine … 1 = coarse; `null` = the strategy's own sensible cut (its default). The one
 * way "the strategy's default" is said everywhere (options, settings, the worker, the CLI).
 */
export type Granularity = number | null;

/** Options of `clusterProcesses`; every field has a documented default. */
export interface ClusterOptions {
  /** Default `{ kind: "auto" }`. */
  readonly strategy?: ClusterStrategy;
  /** Default `null`: the strategy's own sensible cut. */
  readonly granularity?: Granularity;
  /** Synonym / abbreviation table: whole words or prefixes, e.g. `{ from: "kfz", to: "kraftfahrzeug" }`. */
  readonly synonyms?: readonly { readonly from: string; readonly to: string }[];
  /** Procedure words that say little about the subject (Antrag, Erteilung …). */
  readonly stopWords?: readonly string[];
  readonly constraints?: ClusterConstraints;
  /** Grid headers by column index, so column reasons can name the column. Default: "Spalte <n>". */
  readonly headers?: readonly string[];
  /** Where the upper level (Bereiche) comes from. Default `{ kind: "auto" }`. */
  readonly bereich?: BereichSource;
  /**
   * The OZG catalogue (`createCatalogue`). Given: rows are matched to it (`ModelRowSignals.catalogue`),
   * projected onto its concepts (`ClusterModel.concepts`), and the auto strategy blends that subject
   * knowledge into the name similarity. Absent (default): "catalogue off", the lexical engine alone.
   */
  readonly catalogue?: Catalogue;
}

/** One proposed cluster. */
export interface ProposedCluster {
  /** Deterministic id, stable for the same input (e.g. derived from the smallest member key). */
  readonly id: string;
  /**
   * Readable German label, e.g. "Kraftfahrzeug: Zulassung, Abmeldung"; the OZG-Leistung's name when
   * the sheet has one that all members share (auto and LeiKa strategies); the column value for the
   * column strategy; the process name for an Einzelprozess.
   */
  readonly label: string;
  /** Reason for the cluster as a whole (rendered in the reader's language). */
  readonly reason: Message;
  /** Member keys, sorted deterministically. */
  readonly keys: readonly string[];
  /** Reason per member key. */
  readonly memberReasons: Readonly<Record<string, Message>>;
  /** A cluster of one ("Einzelprozess"). */
  readonly singleton: boolean;
  /** Came from a lock or pin rather than from the engine. */
  readonly fromDecision: boolean;
  /**
   * A loose collection: not even a third of its processes share a term, an OZG-Leistung or a
   * Lebenslage, or (a pair or three) they share not even a piece of a word (the default cut gathered
   * weakly linked rows to keep the overview readable). Its reason says so; the pane marks it for
   * review. Absent: not loose.
   */
  readonly loose?: true;
}

/** The upper level of a proposal: Bereiche, how they were formed, and why each cluster is where it is. */
export interface BereichOverview {
  readonly choice: BereichChoice;
  /** Every cluster of the result in exactly one Bereich. */
  readonly bereiche: readonly ProposedBereich[];
  /** Reason per cluster id: why the cluster is in its Bereich. */
  readonly clusterReasons: Readonly<Record<string, Message>>;
}

export interface ClusterResult {
  readonly clusters: readonly ProposedCluster[];
  /** The Bereiche above the clusters (absent only from a bare `cutClusterModel`). */
  readonly overview?: BereichOverview;
  /** Granularity actually used (after resolving the default). */
  readonly granularity: number;
  readonly strategy: ClusterStrategy;
}

/** Roles the column strategy offers by name in the UI. */
export const CLUSTER_COLUMN_ROLES: readonly ColumnRole[] = [
  "fachanwendung",
  "themenfeld",
  "fachbereich",
  "ozgName",
  "ozgId",
  "dezernat",
  "lebenslage",
];

export type { ProcessRecord };
export type { BereichChoice, BereichSource, ProposedBereich };
