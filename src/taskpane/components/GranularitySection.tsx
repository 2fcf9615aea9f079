import { Caption1, Field, Slider, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { MessageText } from "./MessageText";
import type { ProposalPreviewModel } from "../state/proposalPreview";
import { useStepStyles } from "../steps/stepStyles";

const useStyles = makeStyles({
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, minHeight: "1.5em" },
  scale: { display: "flex", justifyContent: "space-between", color: tokens.colorNeutralForeground3 },
});

/** Slider positions; the engine's granularity is position / SLIDER_STEPS. */
const SLIDER_STEPS = 100;

export interface GranularitySectionProps {
  readonly granularity: number;
  /** Processes in the inventory. */
  readonly processes: number;
  /** Clusters at this granularity; `null` while the model is built. */
  readonly count: number | null;
  /** The model is built (its summary is in). */
  readonly built: boolean;
  readonly preview: ProposalPreviewModel | null;
  readonly onChange: (granularity: number) => void;
}

/** "Feinheit": the slider from fine to coarse and, live, how many Bereiche and clusters it makes and why. */
export function GranularitySection({
  granularity,
  processes,
  count,
  built,
  preview,
  onChange,
}: GranularitySectionProps) {
  const styles = { ...useStepStyles(), ...useStyles() };
  const strings = useStrings();
  const ready = built && count !== null;
  return (
    <div className={styles.section}>
      <Field label={strings.granularityLabel}>
        <Slider
          min={0}
          max={SLIDER_STEPS}
          step={1}
          value={Math.round(granularity * SLIDER_STEPS)}
          disabled={!ready}
          aria-valuetext={
            count === null ? undefined : formatText(strings.proposalCount, { processes, clusters: count })
          }
          onChange={(_, data) => onChange(data.value / SLIDER_STEPS)}
        />
      </Field>
      <div className={styles.scale} aria-hidden="true">
        <Caption1>{strings.granularityFine}</Caption1>
        <Caption1>{strings.granularityCoarse}</Caption1>
      </div>
      <div className={styles.count} role="status" aria-live="polite" data-testid="cluster-count">
        {ready ? (
          preview === null ? (
            formatText(strings.proposalCount, { processes, clusters: count })
          ) : (
            formatText(
              preview.bereiche.length === 1 ? strings.proposalHeadlineOne : strings.proposalHeadline,
              {
                processes,
                bereiche: preview.bereiche.length,
                clusters: count,
              },
            )
          )
        ) : (
          <Spinner size="tiny" label={strings.proposalComputing} labelPosition="after" />
        )}
      </div>
      {preview !== null && preview.why !== null && (
        <Caption1 className={styles.muted} data-testid="bereich-why">
          <MessageText message={preview.why} />
        </Caption1>
      )}
    </div>
  );
}
