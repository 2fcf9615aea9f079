import { MessageText } from "../components/MessageText";
import { Body1, Button, Field, ProgressBar } from "@fluentui/react-components";
import { useState } from "react";
import type { ReportOutcome } from "../../workbook/gateway";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { useGateway } from "../GatewayContext";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { PublishSection } from "../components/PublishSection";
import { ReportOptions } from "../components/ReportOptions";
import { TitledSection } from "../components/TitledSection";
import type { ReportChoices } from "../state/reportSummaryInput";
import { useReportCreation } from "../state/useReportCreation";
import { useStepStyles } from "./stepStyles";
import { localIsoDate } from "../../domain/localIsoDate";

/**
 * Step 4: report options, "Bericht erstellen" with progress, then a jump to the summary sheet; below,
 * the page for residents („Für die Veröffentlichung“).
 */
export function ReportStep() {
  const styles = useStepStyles();
  const strings = useStrings();
  const { state } = useFlow();
  const [choices, setChoices] = useState<ReportChoices>(() => ({
    stichtag: localIsoDate(new Date()),
    drucksache: "",
    title: strings.reportDefaultTitle,
    details: false,
    charts: true,
    reifegradModell: null,
  }));
  const { status, create } = useReportCreation();

  if (state.review === null) return <Body1>{strings.reportUnavailable}</Body1>;
  const running = status.kind === "running";

  return (
    <TitledSection className={styles.root} id="report-title" title={strings.reportTitle} level={2}>
      <ReportOptions choices={choices} onChange={(patch) => setChoices((prev) => ({ ...prev, ...patch }))} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running} onClick={() => void create(choices)}>
          {strings.reportCreate}
        </Button>
      </div>
      {running && (
        <Field validationMessage={strings.reportProgress} validationState="none">
          <ProgressBar aria-label={strings.reportProgress} />
        </Field>
      )}
      <div role="status" aria-live="polite">
        {status.kind === "done" && <ReportDone outcome={status.outcome} />}
      </div>
      <PublishSection stichtag={choices.stichtag} reifegradModell={choices.reifegradModell} />
    </TitledSection>
  );
}

/** The written report: where its summary is, what to know about it, and a jump there. */
function ReportDone({ outcome }: { readonly outcome: ReportOutcome }) {
  const styles = useStepStyles();
  const strings = useStrings();
  const gateway = useGateway();
  const { showError } = useErrors();
  return (
    <div className={styles.section}>
      <Body1>{formatText(strings.reportDone, { sheet: outcome.summarySheetName })}</Body1>
      {outcome.notices.map((notice, index) => (
        <Body1 key={index}>
          <MessageText message={notice} />
        </Body1>
      ))}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() =>
            gateway.selectCell({ sheetName: outcome.summarySheetName, row: 1, column: 0 }).catch(showError)
          }
        >
          {strings.reportGoTo}
        </Button>
      </div>
    </div>
  );
}
