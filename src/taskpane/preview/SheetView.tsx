import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { columnLetter, type MemoryWorkbook } from "./MemoryWorkbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, height: "100%" },
  scroller: { overflow: "auto", flexGrow: 1, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    paddingInline: tokens.spacingHorizontalXS,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    maxWidth: "220px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  formula: { color: tokens.colorPaletteGreenForeground2, fontStyle: "italic" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** Rows shown per sheet; enough to see the data, small enough to stay fast with 3,000 rows. */
const MAX_ROWS = 200;

/** A plain grid of the in-memory workbook: one tab per visible sheet, formulas shown as written. */
export function SheetView({ workbook }: { readonly workbook: MemoryWorkbook }) {
  const styles = useStyles();
  useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const visible = workbook.sheets.filter((sheet) => sheet.visible);
  const active =
    workbook.sheet(workbook.activeSheet)?.visible === true ? workbook.activeSheet : (visible[0]?.name ?? "");
  const used = workbook.usedRange(active);
  const rows = Math.min(used?.lastRow ?? 0, MAX_ROWS);
  const columns = (used?.lastColumn ?? -1) + 1;
  const selection = workbook.selection?.sheetName === active ? workbook.selection : null;

  return (
    <section className={styles.root} aria-label="Arbeitsmappe (Vorschau)">
      <TabList
        size="small"
        selectedValue={active}
        onTabSelect={(_, data) => {
          workbook.activeSheet = String(data.value);
          workbook.commit();
        }}
      >
        {visible.map((sheet) => (
          <Tab key={sheet.name} value={sheet.name}>
            {sheet.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller} tabIndex={0} aria-label={`Blatt ${active}`}>
        <table className={styles.table} data-sheet={active}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.cell, styles.head)} scope="col" aria-label="Zeile" />
              {Array.from({ length: columns }, (_, column) => (
                <th key={column} className={mergeClasses(styles.cell, styles.head)} scope="col">
                  {columnLetter(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, index) => {
              const row = index + 1;
              return (
                <tr key={row}>
                  <th className={mergeClasses(styles.cell, styles.rowHead)} scope="row">
                    {row}
                  </th>
                  {Array.from({ length: columns }, (_, column) => {
                    const cell = workbook.cellAt(active, row, column);
                    const isSelected =
                      selection !== null && selection.row === row && selection.column === column;
                    const text = cell?.formula !== undefined ? `=${cell.formula}` : String(cell?.value ?? "");
                    return (
                      <td
                        key={column}
                        className={mergeClasses(
                          styles.cell,
                          cell?.formula !== undefined && styles.formula,
                          isSelected && styles.selected,
                        )}
                        title={text}
                        data-address={`${columnLetter(column)}${row}`}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
