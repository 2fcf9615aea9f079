import { Body1, Button, Caption1, Spinner, Subtitle2, Title3 } from "@fluentui/react-components";
import { Fragment } from "react";
import { ColumnMappingList } from "../components/ColumnMappingList";
import { IssueList } from "../components/IssueList";
import { TextWithData } from "../components/MessageText";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { useGateway } from "../GatewayContext";
import { useInventoryLoading } from "../state/useInventoryLoading";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { useStepStyles } from "./stepStyles";

/** Step 1: find the inventory, show its columns (correctable), row count and issues. */
export function DataStep() {
  const styles = useStepStyles();
  const strings = useStrings();
  const gateway = useGateway();
  const { showError } = useErrors();
  const { state, dispatch } = useFlow();
  const { inventory, grid } = state;
  const { status, remap, insertSample, retry } = useInventoryLoading();

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
          <Button appearance="primary" onClick={insertSample}>
            {strings.dataInsertSample}
          </Button>
          <Button onClick={retry}>{strings.dataRetry}</Button>
        </div>
      </section>
    );
  }

  const sheet = inventory.sheetName ?? grid.sheetName ?? "";
  const columnOf = (header: string | null) => {
    const found = inventory.columns.find((column) => column.header === header);
    return grid.firstColumn + (found?.index ?? 0);
  };

  return (
    <section className={styles.root} aria-labelledby="data-title">
      {heading}
      <div className={styles.section}>
        <Caption1 className={styles.muted}>
          <DataSource sheet={sheet} table={inventory.tableName} />
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

/** "Gefunden: Tabelle „…“ auf Blatt „…“" — the sheet's and table's names marked as German data. */
function DataSource({ sheet, table }: { readonly sheet: string; readonly table: string | undefined }) {
  const strings = useStrings();
  const source =
    table === undefined ? (
      <TextWithData template={strings.dataSourceSheet} data={{ sheet }} />
    ) : (
      <TextWithData template={strings.dataSourceTable} data={{ table, sheet }} />
    );
  return (
    <>
      {strings.dataSource.split("{source}").map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && source}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
