import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { ChartFigure } from "./ChartFigure";
import { formatCellValue } from "./formatCellValue";
import { columnLetter, type MemoryCell, type MemoryWorkbook } from "../../workbook/memory/MemoryWorkbook";

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
  /** A formula whose value is unknown shows as written. */
  formula: { color: tokens.colorPaletteGreenForeground2, fontStyle: "italic" },
  number: { textAlign: "right" },
  formulaBar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    minHeight: "22px",
  },
  address: { minWidth: "56px", color: tokens.colorNeutralForeground3 },
  body: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  /** The sheet's charts first, side by side: they are what a reader of the report looks at. */
  charts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalS,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** Rows shown per sheet; enough to see the data, small enough to stay fast with 3,000 rows. */
const MAX_ROWS = 200;

/** What a cell shows: its value in its number format; a formula without a known value as written. */
function shownText(cell: MemoryCell | undefined): string {
  if (cell?.formula !== undefined && cell.value === null) return `=${cell.formula}`;
  return formatCellValue(cell?.value, cell?.numberFormat);
}

/** Like Excel's formula bar: the selected cell's address and its formula (or value as typed). */
function FormulaBar({ workbook, sheet }: { readonly workbook: MemoryWorkbook; readonly sheet: string }) {
  const styles = useStyles();
  const selection = workbook.selection?.sheetName === sheet ? workbook.selection : null;
  const cell = selection === null ? undefined : workbook.cellAt(sheet, selection.row, selection.column);
  const content = cell?.formula !== undefined ? `=${cell.formula}` : String(cell?.value ?? "");
  return (
    <div className={styles.formulaBar} role="group" aria-label="Bearbeitungsleiste">
      <output className={styles.address} aria-label="Zelle">
        {selection === null ? "" : `${columnLetter(selection.column)}${selection.row}`}
      </output>
      <output aria-label="Inhalt" data-formula-bar="">
        {content}
      </output>
    </div>
  );
}

/**
 * A plain grid of the in-memory workbook: one tab per visible sheet, each cell's value in its number
 * format (German, like Excel), the selected cell's formula in a formula bar and as a cell's tooltip, and
 * the sheet's charts as pictures above the grid.
 */
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
  const charts = workbook.charts.filter((chart) => chart.sheetName === active);

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
      <FormulaBar workbook={workbook} sheet={active} />
      <div className={styles.scroller} tabIndex={0} aria-label={`Blatt ${active}`}>
        <div className={styles.body}>
          {charts.length > 0 && (
            <div className={styles.charts}>
              {charts.map((chart) => (
                <ChartFigure key={chart.title} workbook={workbook} chart={chart} />
              ))}
            </div>
          )}
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
                      const text = shownText(cell);
                      return (
                        <td
                          key={column}
                          className={mergeClasses(
                            styles.cell,
                            cell?.formula !== undefined && cell.value === null && styles.formula,
                            typeof cell?.value === "number" && styles.number,
                            isSelected && styles.selected,
                          )}
                          title={cell?.formula === undefined ? text : `=${cell.formula}`}
                          data-address={`${columnLetter(column)}${row}`}
                          onClick={() => {
                            workbook.selection = { sheetName: active, row, column };
                            workbook.commit();
                          }}
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
      </div>
    </section>
  );
}
