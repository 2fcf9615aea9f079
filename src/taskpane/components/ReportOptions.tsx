import { Checkbox, Field, Input, Label } from "@fluentui/react-components";
import type { ReifegradModell } from "../../domain/inventory/types";
import { useStrings } from "../i18n/LanguageContext";
import type { ReportChoices } from "../state/reportSummaryInput";
import { useStepStyles } from "../steps/stepStyles";
import { ChoiceField } from "./ChoiceField";

export interface ReportOptionsProps {
  readonly choices: ReportChoices;
  readonly onChange: (patch: Partial<ReportChoices>) => void;
}

/** The report's options: title, Stichtag, Drucksache, which sheets, and the Reifegrad model. */
export function ReportOptions({ choices, onChange: set }: ReportOptionsProps) {
  const styles = useStepStyles();
  const strings = useStrings();
  return (
    <>
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
      <ChoiceField
        as="radio"
        label={strings.reportModel}
        value={choices.reifegradModell ?? "auto"}
        choices={[
          { value: "auto", label: strings.reportModelAuto },
          { value: "1.1", label: strings.reportModel11 },
          { value: "2.0", label: strings.reportModel20 },
        ]}
        onChange={(model: ReifegradModell | "auto") =>
          set({ reifegradModell: model === "auto" ? null : model })
        }
      />
    </>
  );
}
