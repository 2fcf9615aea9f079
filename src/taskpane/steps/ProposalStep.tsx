import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Select,
  Slider,
  Spinner,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { CLUSTER_COLUMN_ROLES, type ClusterStrategy } from "../../domain/clustering/types";
import { createReviewHistory } from "../../domain/review/reviewHistory";
import { rerunWithDecisions } from "../../domain/review/rerunWithDecisions";
import { reviewStateFromProposal } from "../../domain/review/reviewStateFromProposal";
import { useGateway } from "../GatewayContext";
import { AdvancedLists } from "../components/AdvancedLists";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { makeStamp } from "../state/makeStamp";
import type { ClusterEngine, ModelSummary } from "../worker/clusterProtocol";
import { useStepStyles } from "./stepStyles";

// The Änderungsprotokoll is a committee annex in German whatever the pane's language (as the review
// domain's own entries are).
const PROTOCOL_ACCEPTED = "Vorschlag übernommen";
const PROTOCOL_RERUN = "Neu berechnet, Prüfentscheidungen beibehalten";
import { markTiming } from "../state/markTiming";

const useStyles = makeStyles({
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, minHeight: "1.5em" },
  scale: { display: "flex", justifyContent: "space-between", color: tokens.colorNeutralForeground3 },
});

type StrategyKind = ClusterStrategy["kind"];

/** Slider positions; the engine's granularity is position / SLIDER_STEPS. */
const SLIDER_STEPS = 100;

/** Step 2: choose how to cluster and how finely, with a live cluster count computed in the worker. */
export function ProposalStep() {
  const styles = { ...useStepStyles(), ...useStyles() };
  const strings = useStrings();
  const gateway = useGateway();
  const { showError } = useErrors();
  const { state, dispatch, createEngine } = useFlow();
  const { inventory, settings } = state;
  const engine = useRef<ClusterEngine | null>(null);
  const [summary, setSummary] = useState<ModelSummary | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const latestCount = useRef(0);
  // The model is rebuilt only when its inputs change; a granularity chosen earlier is reused then.
  const chosenGranularity = useRef(settings.granularity);
  chosenGranularity.current = settings.granularity;

  useEffect(() => {
    const created = createEngine();
    engine.current = created;
    return () => {
      engine.current = null;
      created.dispose();
    };
  }, [createEngine]);

  // Build the model once per input; the slider only re-cuts it.
  useEffect(() => {
    const current = engine.current;
    if (current === null || inventory === null) return;
    let cancelled = false;
    setSummary(null);
    markTiming("propose:start");
    current
      .build(inventory.records, {
        strategy: settings.strategy,
        synonyms: settings.synonyms,
        stopWords: settings.stopWords,
        ...(chosenGranularity.current === null ? {} : { granularity: chosenGranularity.current }),
      })
      .then((built) => {
        if (cancelled) return;
        markTiming("propose:ready");
        setSummary(built);
        setCount(built.count);
      })
      .catch((error: unknown) => !cancelled && showError(error));
    return () => {
      cancelled = true;
    };
    // The granularity is deliberately not a dependency: moving the slider must not rebuild the model.
  }, [inventory, settings.strategy, settings.synonyms, settings.stopWords, showError]);

  if (inventory === null) return null;
  const granularity = settings.granularity ?? summary?.granularity ?? 0.5;
  const ready = summary !== null && count !== null;

  const setGranularity = (value: number) => {
    dispatch({ type: "settingsChanged", settings: { granularity: value } });
    const request = ++latestCount.current;
    engine.current
      ?.count(value)
      .then((next) => request === latestCount.current && setCount(next))
      .catch(showError);
  };

  const setStrategy = (kind: StrategyKind) => {
    dispatch({
      type: "settingsChanged",
      settings: { strategy: strategyFor(kind, columnChoices[0]?.index ?? 0), granularity: null },
    });
  };

  const columnChoices = inventory.columns.filter(
    (column) => column.role === null || CLUSTER_COLUMN_ROLES.includes(column.role),
  );

  const accept = async () => {
    const current = engine.current;
    if (current === null) return;
    setBusy(true);
    try {
      const [result, stored] = await Promise.all([current.cut(granularity), gateway.readReview()]);
      const handEdits = inventory.records.some((record) => (record.cluster ?? "").trim() !== "");
      const stamp = makeStamp();
      const proposalText = formatText(strings.proposalCount, {
        processes: inventory.records.length,
        clusters: result.clusters.length,
      });
      let review;
      let entry;
      if (stored.decisions === null && !handEdits) {
        review = createReviewHistory(reviewStateFromProposal(result, inventory.records));
        entry = { aktion: PROTOCOL_ACCEPTED, nach: proposalText };
      } else {
        // Earlier decisions in the workbook win over the proposal: the re-run keeps locked clusters, pinned
        // and manual assignments and hand edits in the Cluster column, and places only the rest. It enforces
        // the decisions on whatever the engine proposes, so the worker's unconstrained cut is enough here.
        const rerun = rerunWithDecisions(stored.decisions, inventory.records, () => result);
        review = createReviewHistory(rerun.state);
        entry = { aktion: PROTOCOL_RERUN, nach: rerun.summary.text };
      }
      const protocolEntry = { zeitpunkt: stamp.at, prozess: "", von: "", person: stamp.person, ...entry };
      const memberReasons: Record<string, string> = {};
      for (const cluster of result.clusters) Object.assign(memberReasons, cluster.memberReasons);
      dispatch({ type: "proposalAccepted", review: { ...review, protocol: [protocolEntry] }, memberReasons });
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
      <Field label={strings.strategyLabel}>
        <RadioGroup
          value={settings.strategy.kind}
          onChange={(_, data) => setStrategy(data.value as StrategyKind)}
        >
          <Radio value="auto" label={strings.strategyAuto} />
          <Radio value="column" label={strings.strategyColumn} />
          <Radio value="leika" label={strings.strategyLeika} />
          <Radio value="text" label={strings.strategyText} />
        </RadioGroup>
      </Field>
      {settings.strategy.kind === "column" && (
        <Field label={strings.strategyColumnLabel}>
          <Select
            value={String(settings.strategy.column)}
            onChange={(_, data) =>
              dispatch({
                type: "settingsChanged",
                settings: { strategy: strategyFor("column", Number(data.value)), granularity: null },
              })
            }
          >
            {columnChoices.map((column) => (
              <option key={column.index} value={column.index}>
                {column.header}
              </option>
            ))}
          </Select>
        </Field>
      )}
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
            formatText(strings.proposalCount, { processes: inventory.records.length, clusters: count })
          ) : (
            <Spinner size="tiny" label={strings.proposalComputing} labelPosition="after" />
          )}
        </div>
      </div>
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
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!ready || busy} onClick={() => void accept()}>
          {busy ? strings.busy : strings.proposalAccept}
        </Button>
      </div>
    </section>
  );
}

function strategyFor(kind: StrategyKind, column: number): ClusterStrategy {
  switch (kind) {
    case "auto":
      return { kind: "auto" };
    case "text":
      return { kind: "text" };
    case "leika":
      return { kind: "leika", level: "object" };
    case "column":
      return { kind: "column", column };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
