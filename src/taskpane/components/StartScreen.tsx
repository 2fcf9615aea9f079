import { Body1, Button, Caption1, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LanguageContext";
import type { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  stepName: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface StartScreenProps {
  readonly onStart: () => void;
}

const STEPS: readonly { readonly name: keyof Strings; readonly hint: keyof Strings }[] = [
  { name: "stepData", hint: "stepDataHint" },
  { name: "stepProposal", hint: "stepProposalHint" },
  { name: "stepReview", hint: "stepReviewHint" },
  { name: "stepReport", hint: "stepReportHint" },
];

/** First screen: what Prozesscluster does and the four steps it guides through. */
export function StartScreen({ onStart }: StartScreenProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="start-title">
      <Title2 as="h1" id="start-title">
        {strings.appName}
      </Title2>
      <Body1>{strings.tagline}</Body1>
      <ol className={styles.steps} aria-label={strings.stepsLabel}>
        {STEPS.map((step) => (
          <li key={step.name}>
            <span className={styles.stepName}>{strings[step.name]}</span> – {strings[step.hint]}
          </li>
        ))}
      </ol>
      <Button appearance="primary" onClick={onStart}>
        {strings.start}
      </Button>
      <Caption1 className={styles.note}>{strings.offlineNote}</Caption1>
    </section>
  );
}
