import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Slider,
  Spinner,
  Subtitle2,
  Switch,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { CLUSTER_COLUMN_ROLES } from "../../domain/clustering/types";
import type { WorkerClusterOptions } from "../worker/clusterProtocol";
import { createReviewHistory } from "../../domain/review/reviewHistory";
import { finishAcceptance, planAcceptance } from "../../domain/workflow/acceptProposal";
import { useGateway } from "../GatewayContext";
import { AdvancedLists } from "../components/AdvancedLists";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { formatText } from "../i18n/formatText";
import { useMessageText, useStrings } from "../i18n/LanguageContext";
import type { Message } from "../../domain/messages/types";
import { STRINGS } from "../i18n/strings";
import { ReviewerNameField } from "../components/ReviewerNameField";
import { makeStamp } from "../state/makeStamp";
import { proposalPreview } from "../state/proposalPreview";
import { useProposalModel } from "../state/useProposalModel";
import { BereichSourceField } from "../components/BereichSourceField";
import { StrategyField } from "../components/StrategyField";
import { ProposalPreview } from "../components/ProposalPreview";
import { useStepStyles } from "./stepStyles";

// The Änderungsprotokoll is a committee annex in German whatever the pane's language (as the review
// domain's own entries are).
const PROTOCOL_ACCEPTED = "Vorschlag übernommen";
const PROTOCOL_RERUN = "Neu berechnet, Prüfentscheidungen beibehalten";

const useStyles = makeStyles({
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, minHeight: "1.5em" },
  scale: { display: "flex", justifyContent: "space-between", color: tokens.colorNeutralForeground3 },
});

/** Slider positions; the engine's granularity is position / SLIDER_STEPS. */
const SLIDER_STEPS = 100;

/** Step 2: choose how to cluster, how finely and where the Bereiche come from, with a live preview. */
export function ProposalStep() {
  const styles = { ...useStepStyles(), ...useStyles() };
  const strings = useStrings();
  const text = useMessageText();
  const gateway = useGateway();
  const { showError } = useErrors();
  const { state, dispatch, createEngine } = useFlow();
  const { inventory, settings } = state;
  const [busy, setBusy] = useState(false);
  // The model is rebuilt only when its inputs change; a granularity chosen earlier is reused then.
  const chosenGranularity = useRef(settings.granularity);
  chosenGranularity.current = settings.granularity;
  const options = useMemo<WorkerClusterOptions>(
    () => ({
      strategy: settings.strategy,
      bereich: settings.bereich,
      catalogue: settings.catalogue,
      synonyms: settings.synonyms,
      stopWords: settings.stopWords,
      ...(inventory === null ? {} : { headers: inventory.headers }),
      granularity: chosenGranularity.current,
    }),
    // The granularity is deliberately not a dependency: moving the slider must not rebuild the model.
    [
      inventory,
      settings.strategy,
      settings.bereich,
      settings.catalogue,
      settings.synonyms,
      settings.stopWords,
    ],
  );
  const model = useProposalModel(createEngine, inventory?.records ?? null, options, showError);
  const { summary, count, cut } = model;
  const preview = useMemo(
    () => (cut === null ? null : proposalPreview(cut, strings.previewAllLabel)),
    [cut, strings.previewAllLabel],
  );

  if (inventory === null) return null;
  const granularity = settings.granularity ?? summary?.granularity ?? 0.5;
  const ready = summary !== null && count !== null;

  const setGranularity = (value: number) => {
    dispatch({ type: "settingsChanged", settings: { granularity: value } });
    model.recut(value);
  };

  const columnChoices = inventory.columns.filter(
    (column) => column.role === null || CLUSTER_COLUMN_ROLES.includes(column.role),
  );

  const accept = async () => {
    const current = model.engine.current;
    if (current === null) return;
    setBusy(true);
    try {
      // Earlier decisions in the workbook win over the proposal: the same use case as the command line's
      // keeps locked clusters, pinned and manual assignments and hand edits in the Cluster column, and the
      // worker cuts around them (phase 1 → constrained cut → phase 2), so undecided processes land as there.
      const stored = await gateway.readReview();
      const plan = planAcceptance({ records: inventory.records, previous: stored.decisions, fresh: false });
      const result = await current.cut(granularity, plan.constraints);
      const accepted = finishAcceptance(plan, result, {
        rerunAction: PROTOCOL_RERUN,
        fresh: (proposal) => ({
          action: PROTOCOL_ACCEPTED,
          // The protocol is part of the workbook: German whatever the pane's language.
          to: formatText(STRINGS.de.proposalCount, {
            processes: inventory.records.length,
            clusters: proposal.clusters.length,
          }),
        }),
      });
      const stamp = makeStamp();
      const protocol =
        accepted.entry === null
          ? []
          : [{ time: stamp.at, process: "", from: "", person: stamp.person, ...accepted.entry }];
      const memberReasons: Record<string, Message> = {};
      for (const cluster of result.clusters) Object.assign(memberReasons, cluster.memberReasons);
      const review = createReviewHistory(accepted.state);
      dispatch({ type: "proposalAccepted", review: { ...review, protocol }, memberReasons });
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="proposal-title">
      <Title3 as="h2" id="proposal-title">
        {strings.proposalTitle}
      </Title3>
      <StrategyField
        value={settings.strategy}
        columns={columnChoices}
        onChange={(strategy) =>
          dispatch({ type: "settingsChanged", settings: { strategy, granularity: null } })
        }
      />
      <BereichSourceField
        value={settings.bereich}
        columns={columnChoices}
        onChange={(bereich) => dispatch({ type: "settingsChanged", settings: { bereich } })}
      />
      <Field hint={strings.catalogueSwitchHint}>
        <Switch
          checked={settings.catalogue}
          label={strings.catalogueSwitch}
          onChange={(_, data) =>
            dispatch({ type: "settingsChanged", settings: { catalogue: data.checked, granularity: null } })
          }
        />
      </Field>
      <div className={styles.section}>
        <Field label={strings.granularityLabel}>
          <Slider
            min={0}
            max={SLIDER_STEPS}
            step={1}
            value={Math.round(granularity * SLIDER_STEPS)}
            disabled={!ready}
            aria-valuetext={
              count === null
                ? undefined
                : formatText(strings.proposalCount, { processes: inventory.records.length, clusters: count })
            }
            onChange={(_, data) => setGranularity(data.value / SLIDER_STEPS)}
          />
        </Field>
        <div className={styles.scale} aria-hidden="true">
          <Caption1>{strings.granularityFine}</Caption1>
          <Caption1>{strings.granularityCoarse}</Caption1>
        </div>
        <div className={styles.count} role="status" aria-live="polite" data-testid="cluster-count">
          {ready ? (
            preview === null ? (
              formatText(strings.proposalCount, { processes: inventory.records.length, clusters: count })
            ) : (
              formatText(
                preview.bereiche.length === 1 ? strings.proposalHeadlineOne : strings.proposalHeadline,
                {
                  processes: inventory.records.length,
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
            {text(preview.why)}
          </Caption1>
        )}
      </div>
      {ready && preview !== null && <ProposalPreview model={preview} />}
      <Accordion collapsible>
        <AccordionItem value="advanced">
          <AccordionHeader as="h3" size="small">
            <Subtitle2>{strings.advanced}</Subtitle2>
          </AccordionHeader>
          <AccordionPanel>
            <AdvancedLists
              synonyms={settings.synonyms}
              stopWords={settings.stopWords}
              onApply={(synonyms, stopWords) =>
                dispatch({ type: "settingsChanged", settings: { synonyms, stopWords } })
              }
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.footer}>
        <Caption1 className={styles.muted}>{strings.proposalAcceptHint}</Caption1>
      </div>
      <ReviewerNameField />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!ready || busy} onClick={() => void accept()}>
          {busy ? strings.busy : strings.proposalAccept}
        </Button>
      </div>
    </section>
  );
}
