/**
 * XML of one DrawingML bar chart part (`xl/charts/chartN.xml`) for a `PlanChart`. Series reference cells
 * only (no cached values): Excel and LibreOffice draw from the live cells, so the chart follows the
 * formulas. Element order follows the CT_BarChart / CT_BarSer schema, which Excel enforces.
 */
import { columnLetters as letters } from "../../domain/columnLetter";
import type { PlanChart } from "../../domain/summary/types";

const escapeXml = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const ref = (sheet: string, col: number, row: number, lastRow = row): string =>
  escapeXml(
    `'${sheet.replaceAll("'", "''")}'!$${letters(col)}$${row}${lastRow === row ? "" : `:$${letters(col)}$${lastRow}`}`,
  );

const GROUPING = {
  barPercentStacked: "percentStacked",
  barStacked: "stacked",
  columnClustered: "clustered",
} as const;

export function chartXml(chart: PlanChart): string {
  const series: string[] = [];
  for (let col = chart.firstSeriesCol, i = 0; col <= chart.lastSeriesCol; col += 1, i += 1) {
    const color = chart.colors[i] ?? "808080";
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${ref(chart.dataSheet, col, chart.headerRow)}</c:f></c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${ref(chart.dataSheet, chart.categoryCol, chart.firstRow, chart.lastRow)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(chart.dataSheet, col, chart.firstRow, chart.lastRow)}</c:f></c:numRef></c:val></c:ser>`,
    );
  }
  const horizontal = chart.type !== "columnClustered";
  const stacked = chart.type !== "columnClustered";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="de-DE" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${GROUPING[chart.type]}"/><c:varyColors val="0"/>` +
    series.join("") +
    `<c:gapWidth val="60"/>${stacked ? `<c:overlap val="100"/>` : ""}<c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    // Horizontal bars run bottom-up by default: reversed, they read in the table's order, and the value
    // axis crosses at the reversed end, so it stays at the bottom.
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${chart.type === "barPercentStacked" ? "0%" : "#,##0"}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
