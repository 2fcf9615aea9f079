import {
  ChevronDownRegular,
  ChevronRightRegular,
  EditRegular,
  FolderArrowRightRegular,
  LockClosedRegular,
  LockOpenRegular,
} from "@fluentui/react-icons";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { IconAction } from "./IconAction";

export interface ClusterToolsProps {
  readonly name: string;
  readonly locked: boolean;
  readonly expanded: boolean;
  /** id of the member list the expand button opens. */
  readonly membersId: string;
  readonly onLock: (locked: boolean) => void;
  readonly onRename: () => void;
  readonly onMoveToBereich: () => void;
  readonly onExpand: (expanded: boolean) => void;
}

/** A cluster card's tool buttons: lock, rename, move to a Bereich, show members. */
export function ClusterTools({ name, locked, expanded, membersId, ...on }: ClusterToolsProps) {
  const strings = useStrings();
  const label = (text: string) => formatText(text, { name });
  return (
    <>
      <IconAction
        checked={locked}
        icon={locked ? <LockClosedRegular /> : <LockOpenRegular />}
        label={label(locked ? strings.clusterUnlock : strings.clusterLock)}
        onClick={() => on.onLock(!locked)}
      />
      <IconAction icon={<EditRegular />} label={label(strings.clusterRename)} onClick={on.onRename} />
      <IconAction
        icon={<FolderArrowRightRegular />}
        label={label(strings.clusterMoveBereich)}
        onClick={on.onMoveToBereich}
      />
      <IconAction
        icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={expanded}
        aria-controls={membersId}
        label={label(strings.clusterExpand)}
        onClick={() => on.onExpand(!expanded)}
      />
    </>
  );
}
