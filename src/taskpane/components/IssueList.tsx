import { Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { InventoryIssue } from "../../domain/inventory/types";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { MessageText } from "./MessageText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Issues beyond this are summarised; a long list helps nobody and slows the pane. */
const VISIBLE_ISSUES = 30;

export interface IssueListProps {
  readonly issues: readonly InventoryIssue[];
  /** Jump to the row in the sheet (column is the header of the column concerned, if any). */
  readonly onShowRow: (row: number, column: string | null) => void;
}

/** The inventory's issues, each with a link that selects its row in the workbook. */
export function IssueList({ issues, onShowRow }: IssueListProps) {
  const styles = useStyles();
  const strings = useStrings();
  const shown = issues.slice(0, VISIBLE_ISSUES);
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{formatText(strings.dataIssuesTitle, { count: issues.length })}</Subtitle2>
      {issues.length === 0 ? (
        <Caption1 className={styles.muted}>{strings.dataIssuesNone}</Caption1>
      ) : (
        <ul className={styles.list}>
          {shown.map((issue, index) => (
            <li key={index} className={issue.severity === "error" ? styles.error : undefined}>
              <Caption1>
                <MessageText message={issue.message} />
                {issue.row !== null && (
                  <>
                    {" "}
                    <Link
                      as="button"
                      inline
                      onClick={() => issue.row !== null && onShowRow(issue.row, issue.column)}
                    >
                      {formatText(strings.dataIssueGoTo, { row: issue.row })}
                    </Link>
                  </>
                )}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {issues.length > VISIBLE_ISSUES && (
        <Caption1 className={styles.muted}>
          {formatText(strings.dataIssuesMore, { count: issues.length - VISIBLE_ISSUES })}
        </Caption1>
      )}
    </div>
  );
}
