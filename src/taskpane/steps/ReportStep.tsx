import {
  Body1,
  Button,
  Checkbox,
  Label,
  Field,
  Input,
  ProgressBar,
  Radio,
  RadioGroup,
  Title3,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ReifegradModell } from "../../domain/inventory/types";
import type { ReportOutcome } from "../../workbook/gateway";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { useGateway } from "../GatewayContext";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { computeSummaryNumbers } from "../../domain/summary/computeSummaryNumbers";
import { buildSummaryPlan } from "../../domain/summary/buildSummaryPlan";
import { MessageText } from "../components/MessageText";
import { PublishSection } from "../components/PublishSection";
import { reportSummaryInput, type ReportChoices } from "../state/reportSummaryInput";
import { useStepStyles } from "./stepStyles";
import { markTiming } from "../state/markTiming";
import { localIsoDate } from "../../domain/localIsoDate";

type ReportStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly outcome: ReportOutcome };

/**
 * Step 4: report options, "Bericht erstellen" with progress, then a jump to the summary sheet; below,
 * the page for residents („Für die Veröffentlichung“).
 */
export function ReportStep() {
  const styles = useStepStyles();
  const strings = useStrings();
  const gateway = useGateway();
  const { showError, clearError } = useErrors();
  const { state } = useFlow();
  const [choices, setChoices] = useState<ReportChoices>(() => ({
    stichtag: localIsoDate(new Date()),
    drucksache: "",
    title: strings.reportDefaultTitle,
    details: false,
    charts: true,
    reifegradModell: null,
  }));
  const [status, setStatus] = useState<ReportStatus>({ kind: "idle" });
  const set = (patch: Partial<ReportChoices>) => setChoices((prev) => ({ ...prev, ...patch }));

  if (state.review === null) return <Body1>{strings.reportUnavailable}</Body1>;

  const create = async () => {
    setStatus({ kind: "running" });
    try {
      markTiming("report:start");
      // Earlier reports' snapshots: this report appends its own and shows the change since the last one.
      const earlier = await gateway.readHistory();
      const input = { ...reportSummaryInput(state, choices), history: earlier.history };
      const plan = buildSummaryPlan(input);
      // The values are computed only when asked (the browser preview); Excel computes the formulas.
      const outcome = await gateway.writeReport(
        { ...plan, notices: [...plan.notices, ...earlier.notices] },
        () => computeSummaryNumbers(input),
      );
      markTiming("report:done");
      clearError();
      setStatus({ kind: "done", outcome });
    } catch (error) {
      setStatus({ kind: "idle" });
      showError(error);
    }
  };
  const running = status.kind === "running";

  return (
    <section className={styles.root} aria-labelledby="report-title">
      <Title3 as="h2" id="report-title">
        {strings.reportTitle}
      </Title3>
      <Field label={strings.reportTitleLabel}>
        <Input value={choices.title} onChange={(_, data) => set({ title: data.value })} />
      </Field>
      <Field label={strings.reportStichtag}>
        <Input type="date" value={choices.stichtag} onChange={(_, data) => set({ stichtag: data.value })} />
      </Field>
      <Field label={strings.reportDrucksache} hint={strings.reportDrucksacheHint}>
        <Input value={choices.drucksache} onChange={(_, data) => set({ drucksache: data.value })} />
      </Field>
      {/* A group, not a Field: a Field hands its one id to every checkbox inside, so labels would point at
          the wrong box. Each checkbox keeps its own id and label. */}
      <div role="group" aria-labelledby="report-sheets-label">
        <Label id="report-sheets-label">{strings.reportSheets}</Label>
        <div className={styles.section}>
          <Checkbox checked disabled label={strings.reportSheetSummary} />
          <Checkbox
            checked={choices.details}
            label={strings.reportSheetDetails}
            onChange={(_, data) => set({ details: data.checked === true })}
          />
          <Checkbox
            checked={choices.charts}
            label={strings.reportCharts}
            onChange={(_, data) => set({ charts: data.checked === true })}
          />
        </div>
      </div>
      <Field label={strings.reportModel}>
        <RadioGroup
          value={choices.reifegradModell ?? "auto"}
          onChange={(_, data) =>
            set({ reifegradModell: data.value === "auto" ? null : (data.value as ReifegradModell) })
          }
        >
          <Radio value="auto" label={strings.reportModelAuto} />
          <Radio value="1.1" label={strings.reportModel11} />
          <Radio value="2.0" label={strings.reportModel20} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running} onClick={() => void create()}>
          {strings.reportCreate}
        </Button>
      </div>
      {running && (
        <Field validationMessage={strings.reportProgress} validationState="none">
          <ProgressBar aria-label={strings.reportProgress} />
        </Field>
      )}
      <div role="status" aria-live="polite">
        {status.kind === "done" && (
          <div className={styles.section}>
            <Body1>{formatText(strings.reportDone, { sheet: status.outcome.summarySheetName })}</Body1>
            {status.outcome.notices.map((notice, index) => (
              <Body1 key={index}>
                <MessageText message={notice} />
              </Body1>
            ))}
            <div className={styles.actions}>
              <Button
                appearance="primary"
                onClick={() =>
                  gateway
                    .selectCell({ sheetName: status.outcome.summarySheetName, row: 1, column: 0 })
                    .catch(showError)
                }
              >
                {strings.reportGoTo}
              </Button>
            </div>
          </div>
        )}
      </div>
      <PublishSection stichtag={choices.stichtag} reifegradModell={choices.reifegradModell} />
    </section>
  );
}
