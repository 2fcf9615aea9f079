import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import type { Strings } from "../i18n/strings";
import type { NameCandidate } from "../state/suggestMergeName";
import { MergeNameDialog } from "./MergeNameDialog";
import { NEW_TARGET, TargetPickerDialog, type TargetPickerDialogProps } from "./TargetPickerDialog";

/** Which dialog of the Prüfen step is open, with what it needs. */
export type ReviewDialog =
  | { readonly kind: "moveProcesses"; readonly fromClusterId: string; readonly keys: readonly string[] }
  | {
      readonly kind: "moveClusters";
      readonly clusterIds: readonly string[];
      readonly bereiche: readonly string[];
    }
  | {
      readonly kind: "mergeClusters" | "mergeBereiche";
      readonly candidates: readonly NameCandidate[];
      readonly suggested: string;
    };

export interface ReviewDialogsProps {
  readonly dialog: ReviewDialog | null;
  /** Clusters a process may move to (its own left out). */
  readonly clusterTargets: readonly { readonly id: string; readonly name: string }[];
  /** `to` is `NEW_TARGET` for a new cluster named `newName`. */
  readonly onMoveProcesses: (to: string, newName: string) => void;
  /** Called with an existing Bereich's name or the new, trimmed, non-empty name. */
  readonly onMoveClusters: (bereich: string) => void;
  readonly onMerge: (name: string) => void;
  readonly onClose: () => void;
}

/** Renders the open dialog of the Prüfen step, if any. */
export function ReviewDialogs(props: ReviewDialogsProps) {
  const strings = useStrings();
  const { dialog } = props;
  if (dialog === null) return null;
  if (dialog.kind === "moveProcesses" || dialog.kind === "moveClusters")
    return <TargetPickerDialog {...moveTargets(dialog, props, strings)} onCancel={props.onClose} />;
  return (
    <MergeNameDialog
      title={dialog.kind === "mergeClusters" ? strings.mergeClustersTitle : strings.mergeBereicheTitle}
      candidates={dialog.candidates}
      suggested={dialog.suggested}
      onMerge={props.onMerge}
      onCancel={props.onClose}
    />
  );
}

const BEREICH = "b:";

type MoveDialog = Extract<ReviewDialog, { kind: "moveProcesses" | "moveClusters" }>;

/** The strings of each move's picker: title, text (with `{count}`), target list, "new …" option, its name. */
const MOVE_STRINGS: Record<
  MoveDialog["kind"],
  readonly [keyof Strings, keyof Strings, keyof Strings, keyof Strings, keyof Strings]
> = {
  moveProcesses: [
    "moveDialogTitle",
    "moveDialogText",
    "moveDialogTarget",
    "moveDialogNew",
    "moveDialogNameLabel",
  ],
  moveClusters: [
    "bereichDialogTitle",
    "bereichDialogText",
    "bereichDialogTarget",
    "bereichDialogNew",
    "bereichDialogNameLabel",
  ],
};

/**
 * The two moves pick a target the same way: processes go to another cluster or a new one ("Verschieben
 * nach …", a blank name becomes "Neuer Cluster"), clusters to another Bereich or a new, named one ("In
 * Bereich verschieben", which is how a Bereich is split).
 */
function moveTargets(
  dialog: MoveDialog,
  props: ReviewDialogsProps,
  strings: Strings,
): Omit<TargetPickerDialogProps, "onCancel"> {
  const [title, text, targetLabel, newLabel, newNameLabel] = MOVE_STRINGS[dialog.kind];
  const count = dialog.kind === "moveProcesses" ? dialog.keys.length : dialog.clusterIds.length;
  const labels = {
    title: strings[title],
    text: formatText(strings[text], { count }),
    targetLabel: strings[targetLabel],
    newLabel: strings[newLabel],
    newNameLabel: strings[newNameLabel],
  };
  if (dialog.kind === "moveProcesses")
    return {
      ...labels,
      targets: props.clusterTargets.map((target) => ({ value: target.id, label: target.name })),
      fallbackName: strings.moveDialogNewName,
      onPick: props.onMoveProcesses,
    };
  return {
    ...labels,
    // Prefixed, so that no Bereich's name can pass for `NEW_TARGET`; a Bereich without a name is no target.
    targets: dialog.bereiche.map((name) => ({ value: BEREICH + name, label: name, disabled: name === "" })),
    onPick: (value, newName) =>
      props.onMoveClusters(value === NEW_TARGET ? newName : value.slice(BEREICH.length)),
  };
}
