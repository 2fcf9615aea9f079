import { Caption1, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from "../../domain/inventory/types";
import { formatText } from "../i18n/formatText";
import { useLanguage } from "../i18n/LanguageContext";
import { ROLE_LABELS } from "../i18n/roleLabels";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
    margin: 0,
  },
  header: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ColumnMappingListProps {
  readonly columns: readonly ColumnMapping[];
  readonly onChange: (index: number, role: ColumnRole | null) => void;
}

const NONE = "";

/** The inventory's columns with the role each plays, as dropdowns the user can correct. */
export function ColumnMappingList({ columns, onChange }: ColumnMappingListProps) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const labels = ROLE_LABELS[language];
  return (
    <div className={styles.root} role="group" aria-labelledby="columns-title">
      <Subtitle2 as="h3" id="columns-title">
        {strings.dataColumnsTitle}
      </Subtitle2>
      <Caption1 className={styles.muted}>{strings.dataColumnsHint}</Caption1>
      <div className={styles.grid}>
        {columns.map((column) => {
          const id = `column-role-${column.index}`;
          return [
            <label
              key={`l${column.index}`}
              htmlFor={id}
              className={styles.header}
              title={column.header}
              lang="de"
            >
              {column.header}
            </label>,
            <Select
              key={`s${column.index}`}
              id={id}
              size="small"
              aria-label={formatText(strings.dataColumnLabel, { header: column.header })}
              value={column.role ?? NONE}
              onChange={(_, data) =>
                onChange(column.index, data.value === NONE ? null : (data.value as ColumnRole))
              }
            >
              <option value={NONE}>{strings.roleNone}</option>
              {COLUMN_ROLES.map((role) => (
                <option key={role} value={role}>
                  {labels[role]}
                </option>
              ))}
            </Select>,
          ];
        })}
      </div>
    </div>
  );
}
