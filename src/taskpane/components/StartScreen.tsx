import {
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useLanguage } from "../i18n/LanguageContext";
import type { Language, Strings } from "../i18n/strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    // The pane's main area already pads; headings get their spacing from the gap.
    "& h1": { margin: 0 },
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
  language: { maxWidth: "160px" },
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
  const { strings, language, setLanguage } = useLanguage();
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
      <Field label={strings.languageLabel} size="small" className={styles.language}>
        <Select size="small" value={language} onChange={(_, data) => setLanguage(data.value as Language)}>
          <option value="de">{strings.languageGerman}</option>
          <option value="en">{strings.languageEnglish}</option>
        </Select>
      </Field>
    </section>
  );
}
