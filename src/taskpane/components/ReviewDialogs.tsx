import { useStrings } from "../i18n/LanguageContext";
import type { NameCandidate } from "../state/suggestMergeName";
import { BereichMoveDialog } from "./BereichMoveDialog";
import { MergeNameDialog } from "./MergeNameDialog";
import { MoveDialog } from "./MoveDialog";

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
  readonly onMoveProcesses: (to: string, newName: string) => void;
  readonly onMoveClusters: (bereich: string) => void;
  readonly onMerge: (name: string) => void;
  readonly onClose: () => void;
}

/** Renders the open dialog of the Prüfen step, if any. */
export function ReviewDialogs(props: ReviewDialogsProps) {
  const strings = useStrings();
  const { dialog } = props;
  if (dialog === null) return null;
  switch (dialog.kind) {
    case "moveProcesses":
      return (
        <MoveDialog
          count={dialog.keys.length}
          targets={props.clusterTargets}
          onMove={props.onMoveProcesses}
          onCancel={props.onClose}
        />
      );
    case "moveClusters":
      return (
        <BereichMoveDialog
          count={dialog.clusterIds.length}
          bereiche={dialog.bereiche}
          onMove={props.onMoveClusters}
          onCancel={props.onClose}
        />
      );
    case "mergeClusters":
    case "mergeBereiche":
      return (
        <MergeNameDialog
          title={dialog.kind === "mergeClusters" ? strings.mergeClustersTitle : strings.mergeBereicheTitle}
          candidates={dialog.candidates}
          suggested={dialog.suggested}
          onMerge={props.onMerge}
          onCancel={props.onClose}
        />
      );
    default: {
      const unreachable: never = dialog;
      return unreachable;
    }
  }
}
