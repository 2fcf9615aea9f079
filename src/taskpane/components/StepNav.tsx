import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LanguageContext";
import type { Strings } from "../i18n/strings";
import { FLOW_STEPS, type FlowStep } from "../state/flowReducer";

const useStyles = makeStyles({
  root: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS },
});

const LABELS: Readonly<Record<Exclude<FlowStep, "start">, keyof Strings>> = {
  data: "stepData",
  proposal: "stepProposal",
  review: "stepReview",
  report: "stepReport",
};

export interface StepNavProps {
  readonly current: FlowStep;
  readonly reachable: ReadonlySet<FlowStep>;
  readonly onSelect: (step: FlowStep) => void;
}

/** The four steps as tabs; steps whose input is not ready yet are disabled. Arrow keys move between tabs. */
export function StepNav({ current, reachable, onSelect }: StepNavProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <nav aria-label={strings.stepsLabel} className={styles.root}>
      <TabList
        size="small"
        selectedValue={current}
        onTabSelect={(_, data) => onSelect(data.value as FlowStep)}
      >
        {FLOW_STEPS.map((step, index) => (
          <Tab key={step} value={step} disabled={!reachable.has(step)}>
            {`${index + 1}. ${strings[LABELS[step]]}`}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
