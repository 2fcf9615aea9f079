import { Body1, Button, Caption1, Spinner, Subtitle2, Title3 } from "@fluentui/react-components";
import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import type { ColumnMapping, ColumnRole, RawGrid } from "../../domain/inventory/types";
import { ColumnMappingList } from "../components/ColumnMappingList";
import { IssueList } from "../components/IssueList";
import { TextWithData } from "../components/MessageText";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { useGateway } from "../GatewayContext";
import { useInventoryParser } from "../ParserContext";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { useStepStyles } from "./stepStyles";
import { markTiming } from "../state/markTiming";

/** Phase of reading the inventory; "failed" keeps the retry at hand while the error bar explains. */
type DataStatus = "loading" | "empty" | "failed" | "ready";

/** Step 1: find the inventory, show its columns (correctable), row count and issues. */
export function DataStep() {
  const styles = useStepStyles();
  const strings = useStrings();
  const gateway = useGateway();
  const { showError, clearError } = useErrors();
  const { state, dispatch } = useFlow();
  const { inventory, grid } = state;
  // Parsing runs in a worker (10,000 rows would block the pane for a third of a second).
  const parse = useInventoryParser();
  const [status, setStatus] = useState<DataStatus>(inventory === null ? "loading" : "ready");

  const load = useCallback(
    async (read: () => Promise<RawGrid | null>) => {
      setStatus("loading");
      markTiming("data:start");
      try {
        const [found, stored] = await Promise.all([read(), gateway.readReview()]);
        if (found === null || found.values.length === 0) {
          setStatus("empty");
          return;
        }
        dispatch({ type: "inventoryRead", grid: found, inventory: await parse(found) });
        if (stored.decisions !== null) {
          // A colleague continues where the last reviewer stopped: the settings travel in the workbook.
          const { strategy, granularity, synonyms, stopWords } = stored.settings;
          dispatch({ type: "settingsChanged", settings: { strategy, granularity, synonyms, stopWords } });
        }
        clearError();
        setStatus("ready");
        // Measured by the end-to-end tests: time from opening the pane to a usable inventory.
        markTiming("data:ready");
      } catch (error) {
        setStatus("failed");
        showError(error);
      }
    },
    [dispatch, showError, clearError, gateway, parse],
  );

  const started = useRef(false);
  useEffect(() => {
    if (started.current || inventory !== null) return;
    started.current = true;
    void load(() => gateway.readInventoryGrid());
  }, [gateway, inventory, load]);

  const remap = (index: number, role: ColumnRole | null) => {
    if (inventory === null || grid === null) return;
    const mapping: ColumnMapping[] = inventory.columns.map((column) => {
      if (column.index === index) return { ...column, role, confidence: 1 };
      // A role belongs to one column: the column that had it before gives it up.
      return role !== null && column.role === role ? { ...column, role: null, confidence: 0 } : column;
    });
    parse(grid, { mapping, headerRow: inventory.headerRow })
      .then((remapped) => dispatch({ type: "inventoryRemapped", inventory: remapped }))
      .catch(showError);
  };

  const heading = (
    <Title3 as="h2" id="data-title">
      {strings.dataTitle}
    </Title3>
  );

  if (status === "loading") {
    return (
      <section className={styles.root} aria-labelledby="data-title" aria-busy="true">
        {heading}
        <Spinner size="small" label={strings.dataLoading} />
      </section>
    );
  }

  if (status !== "ready" || inventory === null || grid === null) {
    return (
      <section className={styles.root} aria-labelledby="data-title">
        {heading}
        <Subtitle2 as="h3">{strings.dataEmptyTitle}</Subtitle2>
        <Body1>{strings.dataEmptyText}</Body1>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void load(() => gateway.insertSample())}>
            {strings.dataInsertSample}
          </Button>
          <Button onClick={() => void load(() => gateway.readInventoryGrid())}>{strings.dataRetry}</Button>
        </div>
      </section>
    );
  }

  const sheet = inventory.sheetName ?? grid.sheetName ?? "";
  const source =
    inventory.tableName === undefined ? (
      <TextWithData template={strings.dataSourceSheet} data={{ sheet }} />
    ) : (
      <TextWithData template={strings.dataSourceTable} data={{ table: inventory.tableName, sheet }} />
    );
  const columnOf = (header: string | null) => {
    const found = inventory.columns.find((column) => column.header === header);
    return grid.firstColumn + (found?.index ?? 0);
  };

  return (
    <section className={styles.root} aria-labelledby="data-title">
      {heading}
      <div className={styles.section}>
        <Caption1 className={styles.muted}>
          {strings.dataSource.split("{source}").map((piece, index) => (
            <Fragment key={index}>
              {index > 0 && source}
              {piece}
            </Fragment>
          ))}
        </Caption1>
        <Subtitle2 as="p" role="status">
          {formatText(strings.dataRowCount, { count: inventory.records.length })}
        </Subtitle2>
        {inventory.excludedCount > 0 && (
          <Caption1>{formatText(strings.dataExcluded, { count: inventory.excludedCount })}</Caption1>
        )}
      </div>
      <ColumnMappingList columns={inventory.columns} onChange={remap} />
      <IssueList
        issues={inventory.issues}
        onShowRow={(row, column) => {
          gateway.selectCell({ sheetName: sheet, row, column: columnOf(column) }).catch(showError);
        }}
      />
      {!inventory.usable && <Body1 role="note">{strings.dataNotUsable}</Body1>}
      <div className={styles.footer}>
        <Button
          appearance="primary"
          disabled={!inventory.usable}
          onClick={() => dispatch({ type: "goTo", step: "proposal" })}
        >
          {strings.dataConfirm}
        </Button>
      </div>
    </section>
  );
}
