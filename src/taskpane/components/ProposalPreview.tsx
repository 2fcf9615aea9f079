import {
  Badge,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatText } from "../i18n/formatText";
import { useMessageText, useStrings } from "../i18n/LanguageContext";
import { MessageText } from "./MessageText";
import type { PreviewBereich, ProposalPreviewModel } from "../state/proposalPreview";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  group: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBlock: tokens.spacingVerticalXXS },
  head: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", alignItems: "center" },
  toggle: {
    justifyContent: "flex-start",
    textAlign: "start",
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  reason: { color: tokens.colorNeutralForeground3, paddingLeft: "28px", display: "block" },
  clusters: { margin: 0, paddingLeft: "28px", listStyleType: "none" },
  cluster: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, display: "block", margin: 0 },
  title: { display: "block", margin: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, display: "block", margin: 0 },
  looseMark: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** Clusters rendered per expanded Bereich before "Alle … zeigen"; keeps 10,000-row previews light. */
const FIRST_CLUSTERS = 50;

/** The proposal as Bereiche (collapsible; only expanded ones render their clusters) before anything is written. */
export function ProposalPreview({ model }: { readonly model: ProposalPreviewModel }) {
  const styles = useStyles();
  const strings = useStrings();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const navigation = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <section aria-labelledby="preview-title" data-testid="proposal-preview">
      <Subtitle2 as="h3" id="preview-title" className={styles.title}>
        {strings.previewTitle}
      </Subtitle2>
      <Caption1 as="p" className={styles.muted}>
        {strings.previewHint}
      </Caption1>
      {model.loose > 0 && (
        <Caption1 as="p" className={styles.warning} data-testid="preview-loose">
          {model.loose === 1
            ? strings.previewLooseOne
            : formatText(strings.previewLoose, { count: model.loose })}
        </Caption1>
      )}
      <ul className={styles.list} aria-labelledby="preview-title" {...navigation}>
        {model.bereiche.map((bereich) => (
          <PreviewGroup key={bereich.id} bereich={bereich} open={open.has(bereich.id)} onToggle={toggle} />
        ))}
      </ul>
    </section>
  );
}

function PreviewGroup(props: {
  readonly bereich: PreviewBereich;
  readonly open: boolean;
  readonly onToggle: (id: string) => void;
}) {
  const { bereich, open } = props;
  const styles = useStyles();
  const strings = useStrings();
  const text = useMessageText();
  const reason = bereich.reason === null ? "" : text(bereich.reason);
  const [all, setAll] = useState(false);
  const shown = all ? bereich.clusters : bereich.clusters.slice(0, FIRST_CLUSTERS);
  const listId = `preview-${bereich.id}`;
  const clusterCount = bereich.clusters.length + bereich.singles;
  return (
    <li className={styles.group} data-bereich={bereich.label}>
      <div className={styles.head}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          onClick={() => props.onToggle(bereich.id)}
        >
          <span lang="de">{bereich.label}</span>
        </Button>
        <Caption1>
          {formatText(strings.previewSizes, { processes: bereich.processes, clusters: clusterCount })}
        </Caption1>
      </div>
      {reason !== "" && bereich.reason !== null && (
        <Caption1 className={styles.reason}>
          <MessageText message={bereich.reason} />
        </Caption1>
      )}
      {open && (
        <ul className={styles.clusters} id={listId}>
          {shown.map((cluster) => (
            <li key={cluster.id} className={styles.cluster}>
              <span lang="de">{cluster.label}</span>
              <span className={styles.looseMark}>
                {cluster.loose && (
                  <Badge appearance="outline" color="warning">
                    {strings.looseBadge}
                  </Badge>
                )}
                <Badge appearance="tint" color={cluster.loose ? "warning" : "informative"}>
                  {cluster.size}
                </Badge>
              </span>
            </li>
          ))}
          {bereich.singles > 0 && (
            <li className={styles.muted}>{formatText(strings.previewSingles, { count: bereich.singles })}</li>
          )}
          {!all && bereich.clusters.length > FIRST_CLUSTERS && (
            <li>
              <Button size="small" appearance="subtle" onClick={() => setAll(true)}>
                {formatText(strings.previewShowAll, { count: bereich.clusters.length })}
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
