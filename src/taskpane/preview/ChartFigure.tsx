/**
 * A report chart drawn as SVG from the workbook's cells, so the preview shows the picture Excel would:
 * horizontal bars, one per category in the table's order (top to bottom), stacked for the status and
 * Reifegrad charts (the status chart as shares of 100 %), side by side for the case numbers.
 * Hand-written (about 100 lines) rather than a chart library, to keep the preview bundle small.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { MemoryChart, MemoryWorkbook } from "../../workbook/memory/MemoryWorkbook";
import { chartSeries, type ChartData } from "./internals/chartSeries";
import { formatCellValue } from "./formatCellValue";

const LABEL_WIDTH = 190;
const PLOT_WIDTH = 340;
const ROW_HEIGHT = 20;
const AXIS_HEIGHT = 24;
const LEGEND_ROW = 18;
const LEGEND_PER_ROW = 3;
const TICKS = 4;

const useStyles = makeStyles({
  figure: { margin: 0, padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}` },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
});

interface Bar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly label: string;
}

/**
 * The axis end: `TICKS` steps of the smallest round step (1, 2, 3, 4, 5, 6 or 8 × 10ⁿ, at least 1, since
 * the charts count processes and cases) that reach `peak`.
 */
function niceMax(peak: number): number {
  const magnitude = Math.max(1, 10 ** Math.floor(Math.log10(peak / TICKS)));
  const step = [1, 2, 3, 4, 5, 6, 8, 10].map((f) => f * magnitude).find((s) => s * TICKS >= peak);
  return (step ?? 10 * magnitude) * TICKS;
}

const shorten = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Bars in plot units (0..1 of the plot width) and the value at the plot's right edge. */
function layoutBars(type: string, data: ChartData): { bars: Bar[]; max: number } {
  const stacked = type !== "columnClustered";
  const percent = type === "barPercentStacked";
  const rowTotal = (i: number) => data.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
  const peak = Math.max(
    1,
    ...data.categories.map((_, i) =>
      stacked ? rowTotal(i) : Math.max(...data.series.map((s) => s.values[i] ?? 0)),
    ),
  );
  const max = percent ? 1 : niceMax(peak);
  const bars: Bar[] = [];
  data.categories.forEach((category, i) => {
    const total = rowTotal(i);
    let offset = 0;
    data.series.forEach((s, j) => {
      const value = s.values[i] ?? 0;
      const share = percent ? (total === 0 ? 0 : value / total) : value / max;
      const height = stacked ? ROW_HEIGHT - 6 : (ROW_HEIGHT - 6) / data.series.length;
      const y = i * ROW_HEIGHT + 3 + (stacked ? 0 : j * height);
      const label = `${category}, ${s.name}: ${formatCellValue(value, "#,##0")}`;
      bars.push({ x: stacked ? offset : 0, y, width: share, height, color: s.color, label });
      if (stacked) offset += share;
    });
  });
  return { bars, max };
}

export function ChartFigure({ workbook, chart }: { workbook: MemoryWorkbook; chart: MemoryChart }) {
  const styles = useStyles();
  const data = chartSeries(workbook, chart);
  const { bars, max } = layoutBars(chart.type, data);
  const percent = chart.type === "barPercentStacked";
  const plotHeight = data.categories.length * ROW_HEIGHT;
  const legendRows = Math.ceil(data.series.length / LEGEND_PER_ROW);
  const height = plotHeight + AXIS_HEIGHT + legendRows * LEGEND_ROW + 4;
  // Room on the right for the last tick's label, centred on the plot's end.
  const width = LABEL_WIDTH + PLOT_WIDTH + 40;
  const unknown = data.series.some((s) => s.values.some((v) => v === null));
  const description = `${chart.title}: ${data.categories.length} Balken (${data.series.map((s) => s.name).join(", ")})`;
  return (
    <figure className={styles.figure} data-chart={chart.title}>
      <figcaption className={styles.caption}>{chart.title}</figcaption>
      <svg
        role="img"
        aria-label={description}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <g fontSize="11" fontFamily="Segoe UI, sans-serif" fill="#242424">
          {data.categories.map((category, i) => (
            <text key={i} x={LABEL_WIDTH - 6} y={i * ROW_HEIGHT + ROW_HEIGHT / 2 + 4} textAnchor="end">
              <title>{category}</title>
              {shorten(category)}
            </text>
          ))}
          {Array.from({ length: TICKS + 1 }, (_, t) => {
            const x = LABEL_WIDTH + (PLOT_WIDTH * t) / TICKS;
            const value = (max * t) / TICKS;
            return (
              <g key={t}>
                <line x1={x} x2={x} y1={0} y2={plotHeight} stroke="#d1d1d1" />
                <text x={x} y={plotHeight + 15} textAnchor="middle">
                  {formatCellValue(value, percent ? "0%" : "#,##0")}
                </text>
              </g>
            );
          })}
          {bars.map((bar, k) => (
            <rect
              key={k}
              x={LABEL_WIDTH + bar.x * PLOT_WIDTH}
              y={bar.y}
              width={Math.max(0, bar.width * PLOT_WIDTH)}
              height={bar.height}
              fill={bar.color}
            >
              <title>{bar.label}</title>
            </rect>
          ))}
          {data.series.map((s, j) => {
            const x = 8 + (j % LEGEND_PER_ROW) * ((width - 16) / LEGEND_PER_ROW);
            const y = plotHeight + AXIS_HEIGHT + Math.floor(j / LEGEND_PER_ROW) * LEGEND_ROW;
            return (
              <g key={j}>
                <rect x={x} y={y} width={10} height={10} fill={s.color} />
                <text x={x + 14} y={y + 9}>
                  {shorten(s.name, 26)}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {unknown && <p>Einige Werte sind ohne Excel nicht bekannt; ihre Balken fehlen.</p>}
    </figure>
  );
}
