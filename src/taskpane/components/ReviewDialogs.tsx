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

type MoveDialog = Extract<ReviewDialog, { kind: "moveProcesses" | "moveClusters" }>;

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
  if (dialog.kind === "moveProcesses")
    return {
      title: strings.moveDialogTitle,
      text: formatText(strings.moveDialogText, { count: dialog.keys.length }),
      targetLabel: strings.moveDialogTarget,
      newLabel: strings.moveDialogNew,
      newNameLabel: strings.moveDialogNameLabel,
      targets: props.clusterTargets.map((target) => ({ value: target.id, label: target.name })),
      fallbackName: strings.moveDialogNewName,
      onPick: props.onMoveProcesses,
    };
  return {
    title: strings.bereichDialogTitle,
    text: formatText(strings.bereichDialogText, { count: dialog.clusterIds.length }),
    targetLabel: strings.bereichDialogTarget,
    newLabel: strings.bereichDialogNew,
    newNameLabel: strings.bereichDialogNameLabel,
    targets: dialog.bereiche.map((name) => ({ value: name, label: name })),
    onPick: (value, newName) => props.onMoveClusters(value === NEW_TARGET ? newName : value),
  };
}
